import { memo } from 'react';
import type { DisplaySlide } from '../../../../../electron/api/display';
import { AnnouncementsSlide } from './AnnouncementsSlide';
import { BenefitsSlide } from './BenefitsSlide';
import { ServicesSlide } from './ServicesSlide';
import { StatisticsSlide } from './StatisticsSlide';
import { VneidSlide } from './VneidSlide';

/** The template for a slide's kind, filled from the feed. Memoised: a layer re-renders only when its slide object changes. */
export const Slide = memo(function Slide({ slide }: { slide: DisplaySlide }) {
  switch (slide.kind) {
    case 'services':
      return <ServicesSlide slide={slide} />;
    case 'benefits':
      return <BenefitsSlide slide={slide} />;
    case 'vneid':
      return <VneidSlide slide={slide} />;
    case 'announcements':
      return <AnnouncementsSlide slide={slide} />;
    case 'statistics':
      return <StatisticsSlide slide={slide} />;
  }
});
