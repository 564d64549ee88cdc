/** The parts of linkedom's DOM this module touches. */
interface CleanableDocument {
    querySelectorAll(selector: string): Iterable<CleanableElement>;
}
interface CleanableElement {
    readonly id: string;
    readonly className: string;
    remove(): void;
}
/**
 * Removes boilerplate Readability's own scoring can keep — an advertisement placed
 * between two paragraphs looks like content to it — before Readability runs.
 * Returns how many elements were removed.
 */
export declare function removeBoilerplate(document: CleanableDocument): number;
export {};
