import type { I18nText } from '../model/fieldSpec.ts';

/** Why a share link could not be opened; each maps to one bilingual message. */
export type ShareLinkProblem =
  | 'no-payload'
  | 'link-too-long'
  | 'not-compressed'
  | 'too-large'
  | 'too-deep'
  | 'not-json'
  | 'forbidden-key'
  | 'unknown-version'
  | 'invalid-content';

const messages: Record<ShareLinkProblem, I18nText> = {
  'no-payload': {
    en: 'This link holds no shared config (nothing after #c=).',
    zh: '该链接不包含共享的配置（#c= 之后为空）。',
  },
  'link-too-long': {
    en: 'This share link is too long to be one made by mmcfg-studio; nothing was loaded.',
    zh: '该分享链接过长，不像是 mmcfg-studio 生成的；未加载任何内容。',
  },
  'not-compressed': {
    en: 'This share link is broken or was cut off (for example by a chat app); ask for the full link. Nothing was loaded.',
    zh: '该分享链接已损坏或被截断（例如被聊天软件截断）；请索取完整链接。未加载任何内容。',
  },
  'too-large': {
    en: 'The config in this link is larger than 200 KB; nothing was loaded.',
    zh: '该链接中的配置超过 200 KB；未加载任何内容。',
  },
  'too-deep': {
    en: 'The config in this link is nested more than 64 levels deep; nothing was loaded.',
    zh: '该链接中的配置嵌套超过 64 层；未加载任何内容。',
  },
  'not-json': {
    en: 'This share link is damaged: its content is not readable data. Nothing was loaded.',
    zh: '该分享链接已损坏：内容无法读取。未加载任何内容。',
  },
  'forbidden-key': {
    en: 'This link contains a key named __proto__, which is refused for safety; nothing was loaded.',
    zh: '该链接包含名为 __proto__ 的键，出于安全考虑已拒绝；未加载任何内容。',
  },
  'unknown-version': {
    en: 'This link was made by a newer or unknown version of mmcfg-studio; reload the page or update, then try again.',
    zh: '该链接由更新或未知版本的 mmcfg-studio 生成；请刷新页面或更新后重试。',
  },
  'invalid-content': {
    en: 'This share link does not hold a valid config; nothing was loaded.',
    zh: '该分享链接中没有有效的配置；未加载任何内容。',
  },
};

/** The bilingual message shown for a share link problem. */
export function describeShareLinkProblem(problem: ShareLinkProblem, detail?: string): I18nText {
  const m = messages[problem];
  return detail ? { en: `${m.en} (${detail})`, zh: `${m.zh}（${detail}）` } : m;
}
