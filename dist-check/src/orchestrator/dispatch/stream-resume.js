/** The resume traits `descriptor` declares for `capability` (false when it does not say). */
export function streamTraits(descriptor, capability) {
    const cap = descriptor.capabilities?.find((c) => c.name === capability);
    return { resumable: cap?.resumable === true, deterministic: cap?.deterministic === true };
}
/**
 * The `resume_from_sequence` to send an instance: what the caller wants when the
 * instance declared the capability resumable, else 0 (a non-resumable agent always
 * starts from the beginning; the relay drops what it re-sends).
 */
export function resumeFromFor(descriptor, capability, wanted) {
    if (!wanted || wanted <= 0)
        return 0;
    return streamTraits(descriptor, capability).resumable ? wanted : 0;
}
//# sourceMappingURL=stream-resume.js.map