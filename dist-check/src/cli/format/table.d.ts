/**
 * Lays out rows as left-aligned columns separated by two spaces, with the header
 * first; trailing spaces are trimmed. Every line ends with a newline.
 *
 * @example
 * formatTable(['NAME', 'STATE'], [['voice-forge', 'active']]);
 * // "NAME         STATE\nvoice-forge  active\n"
 */
export declare function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string;
