/**
 * A feature's strings: English defines the keys, French must have every one of them.
 * Keys are prefixed with the feature ("book.", "floor.") so catalogues merge without collisions.
 */
export function defineMessages<const E extends Record<string, string>>(messages: {
  en: E;
  fr: { [K in keyof E]: string };
}) {
  return messages;
}
