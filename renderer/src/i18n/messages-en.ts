import { displayEn } from '../features/display/messages';
import { staffEn } from '../features/staff/messages';
import { citizenEn } from '../features/citizen/messages';
import { consentEn } from '../features/consent/messages';
import { identityEn } from '../features/identity/messages';
import { proceduresEn } from '../features/procedures/messages';
import { procedurePageEn } from '../features/procedures/page-messages';
import { checklistEn } from '../features/checklist/messages';
import { printingEn } from '../features/printing/messages';
import { ratingEn } from '../features/rating/messages';
import { portalHealthEn } from '../features/portal-health/messages';
import { guideEn } from '../features/guide/messages';
import { keyboardEn } from '../features/keyboard/messages';
import { helpEn } from '../features/help/messages';
import { contentStatusEn } from '../features/content-status/messages';
import type { MessageKey } from './messages-vi';

const commonEn = {
  'figures.citizensHelped': 'Times citizens were helped',
  'figures.target': '{achieved} / {target} people ({percent}%) · due {deadline}',
  'figures.targetNotMeasured': 'Not measured by the kiosk · target {target} people · due {deadline}',
  'app.title': 'Public service kiosk',
  'app.centreName': 'Public Administrative Service Centre',
  'lang.switch': 'Tiếng Việt',
  'lang.current': 'English',
  'a11y.largeText': 'Large text',
  'a11y.highContrast': 'High contrast',
  'attract.headline': 'Place your ID card on the reader or scan the QR code on the card',
  'attract.sub': 'This kiosk helps you do administrative procedures online, free of charge.',
  'attract.identify': 'Use my ID card',
  'attract.identifyHint': 'Read the card to fill in your details',
  'attract.find': 'Find a procedure',
  'attract.findHint': 'No card needed',
  'attract.help': 'Call staff for help',
  'attract.helpHint': 'A staff member will come to help',
  'nav.startOver': 'Start over',
  'nav.callStaff': 'Call staff',
  'session.notBuilt': 'This part is still being built. Please ask the staff at the desk.',
  'session.notBuiltEn': 'This part is still being built.',
  'idle.title': 'Are you still there?',
  'idle.body': 'To protect your information, this session will end and be wiped in {seconds} seconds.',
  'idle.more': 'I need more time',
  'idle.finish': 'Finish now',
  'devices.ready': 'Devices ready',
  'devices.problem': 'A device needs attention',
  'devices.card-reader': 'Card reader',
  'devices.qr-scanner': 'QR scanner',
  'devices.printer': 'Slip printer',
  'devices.simulated': 'simulated',
  'devices.state.ready': 'ready',
  'devices.state.busy': 'reading',
  'devices.state.disconnected': 'disconnected',
  'devices.state.reconnecting': 'reconnecting',
  'devices.state.off': 'not active',
  'devices.state.fault': 'has a fault',
  'devices.fault.paper-out': 'out of paper',
  'devices.fault.cover-open': 'cover open',
  'devices.fault.offline': 'printer offline',
  'devices.fault.error': 'printer error',
  'devices.fault.no-answer': 'printer does not answer',
  'devices.fault.link-failed': 'link failed while printing',
  'error.transport.disconnected': 'Lost connection to the kiosk. Reconnecting…',
  'error.generic': 'Something went wrong. Please try again or call staff.',
};

export const en: Record<MessageKey, string> = { ...commonEn, ...staffEn, ...displayEn, ...citizenEn, ...consentEn, ...identityEn, ...proceduresEn, ...procedurePageEn, ...checklistEn, ...printingEn, ...ratingEn, ...portalHealthEn, ...guideEn, ...keyboardEn, ...helpEn, ...contentStatusEn };
