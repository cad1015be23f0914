/** Words of the message shown while the 3D view's GPU context is lost, in the three languages. */
import type { Lang } from '../../i18n/lang.ts';

export interface ContextStrings {
  /** The message's first line: calm, no error word. */
  title: string;
  /** What is happening and that nothing needs doing. */
  body: string;
}

export const CONTEXT_STRINGS: Record<Lang, ContextStrings> = {
  fr: {
    title: 'Un instant…',
    body: 'La vue 3D redémarre. Elle revient d’elle-même, il n’y a rien à faire.',
  },
  ar: {
    title: 'لحظة من فضلك…',
    body: 'العرض ثلاثي الأبعاد يعيد التشغيل، وسيعود من تلقاء نفسه. لا داعي لفعل أي شيء.',
  },
  en: {
    title: 'One moment…',
    body: 'The 3D view is restarting. It comes back by itself; there is nothing to do.',
  },
};
