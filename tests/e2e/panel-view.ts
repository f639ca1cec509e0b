/** Where things are in RadLens's panel, for the Chromium specs. */
import type { Locator, Page } from '@playwright/test';

/** The findings of topic `topicId` in the panel (or a part of it), with `status` when given. */
export const finding = (panel: Page | Locator, topicId: string, status?: string) =>
  panel.locator(
    status
      ? `.finding[data-topic-id="${topicId}"][data-status="${status}"]`
      : `.finding[data-topic-id="${topicId}"]`,
  );

/** The title of the topic the panel shows. */
export const topicTitle = (panel: Page) => panel.locator('article.topic h1');
