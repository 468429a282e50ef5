import { Fragment, type ReactNode } from 'react';
import { t, type MessageKey, type MessageValues } from '@/utils/i18n/t';

/**
 * `t(key, values)` for a sentence with elements inside it (a `<b>` username, a link): the message
 * is split on each `{name}` of `elements` and the element put in its place, so the words around
 * it keep the language's own order. Plain `values` are substituted as text first. Each text part
 * goes through `wrap` (e.g. keepHyphenatedWords).
 */
export function tElements(
  key: MessageKey,
  elements: Readonly<Record<string, ReactNode>>,
  values?: MessageValues,
  wrap: (text: string) => ReactNode = (text) => text,
): ReactNode {
  const message = t(key, values);
  const parts = message.split(/\{([A-Za-z][A-Za-z0-9]*)\}/);
  return parts.map((part, index) => {
    // Odd indexes are the placeholders' names.
    if (index % 2 === 1) {
      return Object.hasOwn(elements, part) ? (
        <Fragment key={index}>{elements[part]}</Fragment>
      ) : (
        <Fragment key={index}>{`{${part}}`}</Fragment>
      );
    }
    return part === '' ? null : <Fragment key={index}>{wrap(part)}</Fragment>;
  });
}
