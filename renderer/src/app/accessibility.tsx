import { useEffect, useState } from 'react';

/** Large-text and high-contrast modes: classes on <html> that the design tokens respond to. */
export function useAccessibilityModes() {
  const [largeText, setLargeText] = useState(false);
  const [highContrast, setHighContrast] = useState(false);
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
    document.documentElement.classList.toggle('high-contrast', highContrast);
  }, [largeText, highContrast]);
  const reset = () => {
    setLargeText(false);
    setHighContrast(false);
  };
  return { largeText, setLargeText, highContrast, setHighContrast, reset };
}
