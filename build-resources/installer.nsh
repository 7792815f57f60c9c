; Kiosk options for the Windows installer (electron-builder `nsis.include`).
;
; A technician installs the kiosk once, per machine. This page asks where the kiosk's configuration
; and data live (outside the program folder, so that updates keep them) and whether the kiosk starts
; with Windows. Silent installs take the same choices from the command line:
;   "Ward Public Service Kiosk Setup.exe" /S /KIOSKCONFIG=D:\Kiosk\config /KIOSKDATA=D:\Kiosk\data /KIOSKACCOUNT=kiosk /AUTOSTART=1
; The app reads the folders from the machine environment variables KIOSK_CONFIG and KIOSK_DATA_DIR
; (electron/shell/config-location.ts). docs/operations.md, "Packaging", has the details.

!include LogicLib.nsh
!include nsDialogs.nsh
!include FileFunc.nsh
!include WinMessages.nsh

!define KIOSK_ENV_KEY "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"
!define KIOSK_RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define KIOSK_RUN_VALUE "WardKiosk"

; Everything below is installer-only: the uninstaller is built in a separate pass, where unused
; functions and variables would be warnings (and electron-builder treats warnings as errors).
!ifndef BUILD_UNINSTALLER
  Var KioskConfigDir
  Var KioskDataDir
  Var KioskAutostart
  Var KioskAccount
  Var KioskConfigField
  Var KioskDataField
  Var KioskAutostartBox

  ; Defaults: an earlier install's choices (kept in the environment), else %ProgramData%\WardKiosk;
  ; then the command-line options, which win.
  Function KioskDefaults
    ${If} $KioskConfigDir != ""
      Return
    ${EndIf}
    ReadRegStr $0 HKLM "${KIOSK_ENV_KEY}" "KIOSK_CONFIG"
    ${If} $0 != ""
      ${GetParent} $0 $KioskConfigDir
    ${Else}
      StrCpy $KioskConfigDir "$COMMONAPPDATA\WardKiosk\config"
    ${EndIf}
    ReadRegStr $KioskDataDir HKLM "${KIOSK_ENV_KEY}" "KIOSK_DATA_DIR"
    ${If} $KioskDataDir == ""
      StrCpy $KioskDataDir "$COMMONAPPDATA\WardKiosk\data"
    ${EndIf}
    StrCpy $KioskAutostart "1"
    ${GetParameters} $1
    ClearErrors
    ${GetOptions} $1 "/KIOSKCONFIG=" $2
    ${IfNot} ${Errors}
      StrCpy $KioskConfigDir $2
    ${EndIf}
    ClearErrors
    ${GetOptions} $1 "/KIOSKDATA=" $2
    ${IfNot} ${Errors}
      StrCpy $KioskDataDir $2
    ${EndIf}
    ClearErrors
    ${GetOptions} $1 "/KIOSKACCOUNT=" $2
    ${IfNot} ${Errors}
      StrCpy $KioskAccount $2
    ${EndIf}
    ClearErrors
    ${GetOptions} $1 "/AUTOSTART=" $2
    ${IfNot} ${Errors}
      StrCpy $KioskAutostart $2
    ${EndIf}
  FunctionEnd

  Function KioskOptionsPage
    Call KioskDefaults
    nsDialogs::Create 1018
    Pop $0
    ${If} $0 == error
      Abort
    ${EndIf}
    ${NSD_CreateLabel} 0 0 100% 20u "Kiosk configuration folder (kiosk.json; kept when the kiosk is updated):"
    Pop $0
    ${NSD_CreateDirRequest} 0 22u 78% 12u "$KioskConfigDir"
    Pop $KioskConfigField
    ${NSD_CreateBrowseButton} 80% 21u 20% 14u "Browse..."
    Pop $0
    ${NSD_OnClick} $0 KioskBrowseConfig
    ${NSD_CreateLabel} 0 44u 100% 20u "Kiosk data folder (database, keys, logs; kept when the kiosk is updated):"
    Pop $0
    ${NSD_CreateDirRequest} 0 66u 78% 12u "$KioskDataDir"
    Pop $KioskDataField
    ${NSD_CreateBrowseButton} 80% 65u 20% 14u "Browse..."
    Pop $0
    ${NSD_OnClick} $0 KioskBrowseData
    ${NSD_CreateCheckbox} 0 92u 100% 12u "Start the kiosk when Windows starts"
    Pop $KioskAutostartBox
    ${If} $KioskAutostart == "1"
      ${NSD_Check} $KioskAutostartBox
    ${EndIf}
    nsDialogs::Show
  FunctionEnd

  Function KioskOptionsPageLeave
    ${NSD_GetText} $KioskConfigField $KioskConfigDir
    ${NSD_GetText} $KioskDataField $KioskDataDir
    ${If} $KioskConfigDir == ""
    ${OrIf} $KioskDataDir == ""
      MessageBox MB_OK|MB_ICONEXCLAMATION "Choose both folders."
      Abort
    ${EndIf}
    ${NSD_GetState} $KioskAutostartBox $0
    ${If} $0 == ${BST_CHECKED}
      StrCpy $KioskAutostart "1"
    ${Else}
      StrCpy $KioskAutostart "0"
    ${EndIf}
  FunctionEnd

  Function KioskBrowseConfig
    ${NSD_GetText} $KioskConfigField $0
    nsDialogs::SelectFolderDialog "Kiosk configuration folder" "$0"
    Pop $0
    ${If} $0 != error
      ${NSD_SetText} $KioskConfigField "$0"
    ${EndIf}
  FunctionEnd

  Function KioskBrowseData
    ${NSD_GetText} $KioskDataField $0
    nsDialogs::SelectFolderDialog "Kiosk data folder" "$0"
    Pop $0
    ${If} $0 != error
      ${NSD_SetText} $KioskDataField "$0"
    ${EndIf}
  FunctionEnd
!endif

!macro customPageAfterChangeDir
  Page custom KioskOptionsPage KioskOptionsPageLeave
!macroend

!macro customInstall
  ; A silent install never shows the page: take the defaults and the command-line options.
  Call KioskDefaults
  CreateDirectory "$KioskConfigDir"
  CreateDirectory "$KioskDataDir"
  ; Seed the configuration only when there is none: an update keeps the technician's kiosk.json.
  ${IfNot} ${FileExists} "$KioskConfigDir\kiosk.json"
    CopyFiles /SILENT "$INSTDIR\resources\kiosk-config-default\*.*" "$KioskConfigDir"
  ${EndIf}
  ; The data folder holds the PIN hashes and keys: Administrators and SYSTEM only, inheritance cut so
  ; the Users group's rights from ProgramData do not reach it; the kiosk's own Windows account
  ; (/KIOSKACCOUNT=, a standard user) gets modify rights, never the whole local Users group.
  nsExec::ExecToLog 'icacls "$KioskDataDir" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F /T /Q'
  Pop $0
  ${If} $KioskAccount != ""
    nsExec::ExecToLog 'icacls "$KioskDataDir" /grant "$KioskAccount:(OI)(CI)M" /T /Q'
    Pop $0
  ${EndIf}
  ; ProgramData lets every user create files in subfolders: without this, any local account could drop a
  ; CSCA into the trust store or a content pack into content/. Only Administrators and SYSTEM write the
  ; configuration; Users read it. Well-known SIDs, so a Vietnamese Windows (other group names) works too.
  nsExec::ExecToLog 'icacls "$KioskConfigDir" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /T /Q'
  Pop $0
  WriteRegExpandStr HKLM "${KIOSK_ENV_KEY}" "KIOSK_CONFIG" "$KioskConfigDir\kiosk.json"
  WriteRegExpandStr HKLM "${KIOSK_ENV_KEY}" "KIOSK_DATA_DIR" "$KioskDataDir"
  SendMessage ${HWND_BROADCAST} ${WM_WININICHANGE} 0 "STR:Environment" /TIMEOUT=5000
  ${If} $KioskAutostart == "1"
    WriteRegStr HKLM "${KIOSK_RUN_KEY}" "${KIOSK_RUN_VALUE}" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}"'
  ${Else}
    DeleteRegValue HKLM "${KIOSK_RUN_KEY}" "${KIOSK_RUN_VALUE}"
  ${EndIf}
!macroend

!macro customUnInstall
  ; The configuration and data folders are the ward's: never deleted here. A real uninstall (not the
  ; uninstall step of an update) removes autostart and the environment variables.
  ${IfNot} ${isUpdated}
    DeleteRegValue HKLM "${KIOSK_RUN_KEY}" "${KIOSK_RUN_VALUE}"
    DeleteRegValue HKLM "${KIOSK_ENV_KEY}" "KIOSK_CONFIG"
    DeleteRegValue HKLM "${KIOSK_ENV_KEY}" "KIOSK_DATA_DIR"
    SendMessage ${HWND_BROADCAST} ${WM_WININICHANGE} 0 "STR:Environment" /TIMEOUT=5000
  ${EndIf}
!macroend
