import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ScanNotice } from '../../../../electron/api/identity';
import { useClient, useEvent } from '../../app/client-context';
import { ChecklistScreen, NO_TICKS } from '../checklist/ChecklistScreen';
import { ConsentScreen } from '../consent/ConsentScreen';
import { GuideScreen } from '../guide/GuideScreen';
import { OutcomeScreen, type GuideOutcome } from '../guide/OutcomeScreen';
import { HelpSentDialog } from '../help/HelpSentDialog';
import { useHelpRequest } from '../help/use-help-request';
import { IdentifyScreen, type QrProblem } from '../identity/IdentifyScreen';
import { usableIdentity, useIdentity } from '../identity/use-identity';
import { EssentialServiceScreen } from '../procedures/EssentialServiceScreen';
import { FindScreen } from '../procedures/FindScreen';
import { ListScreen } from '../procedures/ListScreen';
import { ProcedureScreen } from '../procedures/ProcedureScreen';
import { AttractScreen, type Entry } from './AttractScreen';
import { BottomBar } from './BottomBar';
import { chosenCaseOf, flowReducer, helpScreenName, screenForRef, START, type Screen } from './citizen-flow';
import { FinishScreen } from './FinishScreen';
import { ScanNoticeBanner } from './ScanNoticeBanner';

export interface CitizenFlowProps {
  /** Starts (or continues) the core's citizen session. */
  readonly onStart: () => Promise<void>;
  /** "Về đầu" / "Hoàn tất": ends the session; the wipe remounts this flow empty. */
  readonly onStartOver: () => void;
}

const FIND: Screen = { name: 'find', tab: 'lifeEvents' };

/**
 * The citizen's path: attract → (consent → identify) → find → procedure → checklist → guide →
 * outcome → finish, with "back", "start over" and "call staff" on every screen. Mounted once per
 * session: everything it remembers goes when the face remounts it after a wipe.
 */
export function CitizenFlow({ onStart, onStartOver }: CitizenFlowProps) {
  const client = useClient();
  const identity = useIdentity();
  const [flow, dispatch] = useReducer(flowReducer, START);
  const [qrProblem, setQrProblem] = useState<QrProblem | null>(null);
  const [notice, setNotice] = useState<ScanNotice | null>(null);
  const help = useHelpRequest();
  const { screen } = flow;
  const screenRef = useRef(screen);
  screenRef.current = screen;

  const go = useCallback((s: Screen) => dispatch({ type: 'go', screen: s }), []);
  const replace = useCallback((s: Screen) => dispatch({ type: 'replace', screen: s }), []);
  /** To identification (through consent unless already given), coming back here afterwards. */
  const toIdentify = useCallback((consentGiven: boolean) => {
    const here = screenRef.current;
    if (here?.name === 'consent' || here?.name === 'identify') return;
    void onStart();
    go(consentGiven ? { name: 'identify', returnTo: here } : { name: 'consent', returnTo: here });
  }, [go, onStart]);

  // A card QR or card tap before consent: ask first. A read started (QR after consent): show it.
  const { pendingIdentification, consent, read } = identity.state;
  useEffect(() => {
    if (pendingIdentification) toIdentify(false);
    else if (consent === 'given' && (read.state === 'waiting-for-card' || read.state === 'reading')) toIdentify(true);
  }, [pendingIdentification, consent, read.state, toIdentify]);
  const usable = usableIdentity(identity.state) !== null;
  useEffect(() => {
    if (usable) setQrProblem(null);
  }, [usable]);

  useEvent('scan.notice', useCallback((n: ScanNotice) => {
    if (n.kind === 'cccd' || n.kind === 'cccd-unknown-layout') {
      setQrProblem(n.kind === 'cccd' ? 'damaged' : 'unknown-layout');
      toIdentify(consent === 'given');
    } else {
      setNotice(n);
    }
  }, [consent, toIdentify]));

  const enter = async (e: Entry) => {
    if (e === 'help') {
      await help.request('attract');
      return;
    }
    await onStart();
    if (e === 'identify') go(consent === 'given' ? { name: 'identify', returnTo: null } : { name: 'consent', returnTo: null });
    else go(FIND);
  };

  const answerConsent = async (given: boolean) => {
    if (screen?.name !== 'consent') return;
    await identity.consent(given);
    if (given) replace({ name: 'identify', returnTo: screen.returnTo });
    else if (screen.returnTo) dispatch({ type: 'back' });
    else replace(FIND);
  };
  const afterIdentify = () => {
    if (screen?.name === 'identify' && screen.returnTo) dispatch({ type: 'back' });
    else replace(FIND);
  };
  const answerOutcome = async (code: string, outcome: GuideOutcome) => {
    await client.call('session.outcome', { procedureCode: /^\d\.\d{6}$/.test(code) ? code : null, outcome });
    if (outcome === 'need-help') await help.request('outcome');
    go({ name: 'finish', helpCalled: outcome === 'need-help', code });
  };
  const cardRemoved = useCallback(() => void client.call('session.end', { reason: 'card-removed' }), [client]);

  const body = (() => {
    if (screen === null) return <AttractScreen onEnter={(e) => void enter(e)} />;
    switch (screen.name) {
      case 'consent':
        return <ConsentScreen onAnswer={(g) => void answerConsent(g)} />;
      case 'identify':
        return <IdentifyScreen qrProblem={qrProblem} onContinue={afterIdentify} onCallStaff={() => void help.request('identify')} />;
      case 'find':
        return (
          <FindScreen
            tab={screen.tab}
            onTab={(tab) => replace({ name: 'find', tab })}
            onOpen={(ref) => go(screenForRef(ref))}
            onBrowse={(filter) => go({ name: 'list', filter })}
            query={flow.query}
            onQuery={(query) => dispatch({ type: 'query', query })}
          />
        );
      case 'list':
        return <ListScreen filter={screen.filter} onOpen={(ref) => go(screenForRef(ref))} />;
      case 'procedure':
        return (
          <ProcedureScreen
            code={screen.code}
            chosenCase={chosenCaseOf(flow, screen.code)}
            onChooseCase={(caseIndex) => dispatch({ type: 'case', code: screen.code, caseIndex })}
            onPrepare={() => go({ name: 'checklist', code: screen.code })}
            onGuide={() => go({ name: 'guide', code: screen.code, step: 0 })}
          />
        );
      case 'essential':
        return <EssentialServiceScreen n={screen.n} onOpen={(ref) => go(screenForRef(ref))} />;
      case 'checklist':
        return (
          <ChecklistScreen
            code={screen.code}
            ticks={flow.ticks[screen.code] ?? NO_TICKS}
            onTicks={(ticks) => dispatch({ type: 'ticks', code: screen.code, ticks })}
            onGuide={() => go({ name: 'guide', code: screen.code, step: 0 })}
          />
        );
      case 'guide':
        return (
          <GuideScreen
            code={screen.code}
            step={screen.step}
            chosenCase={chosenCaseOf(flow, screen.code)}
            onStep={(step) => replace({ ...screen, step })}
            onDone={() => go({ name: 'outcome', code: screen.code })}
            onIdentify={() => toIdentify(consent === 'given')}
          />
        );
      case 'outcome':
        return <OutcomeScreen onAnswer={(o) => void answerOutcome(screen.code, o)} />;
      case 'finish':
        return <FinishScreen helpCalled={screen.helpCalled} procedure={screen.code ? { code: screen.code, caseIndex: flow.ticks[screen.code]?.caseIndex ?? null } : null} cardPresent={identity.state.cardPresent} onFinish={onStartOver} onCardRemoved={cardRemoved} />;
    }
  })();

  return (
    <>
      <main data-screen={screen?.name ?? 'attract'}>
        {notice && <ScanNoticeBanner notice={notice} onDismiss={() => setNotice(null)} />}
        {body}
      </main>
      {screen !== null && (
        <BottomBar
          canGoBack={flow.history.length > 0}
          onBack={() => dispatch({ type: 'back' })}
          onStartOver={onStartOver}
          onCallStaff={() => void help.request(helpScreenName(screen))}
        />
      )}
      {help.answer && <HelpSentDialog answer={help.answer} onClose={help.dismiss} />}
    </>
  );
}
