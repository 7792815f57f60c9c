import { useEffect, useState } from 'react';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';

/**
 * Copies one value to the clipboard for pasting into the portal. The session wipe overwrites the
 * clipboard (use-citizen-session), so a copied ID never outlives the citizen's session.
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2500);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Button onClick={() => void copy()} aria-label={t('guide.copyLabel', { field: label })} data-testid="copy-button">
      {copied ? `✔ ${t('guide.copied')}` : t('guide.copy')}
    </Button>
  );
}
