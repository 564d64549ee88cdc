/** Resolves with the stream's first message (then pauses it), undefined if it ends empty, or rejects with its error. */
export function firstMessage(stream) {
    return new Promise((resolve, reject) => {
        const cleanup = () => {
            stream.off('data', onData);
            stream.off('end', onEnd);
            stream.off('error', onError);
        };
        const onData = (message) => {
            cleanup();
            stream.pause();
            resolve(message);
        };
        const onEnd = () => {
            cleanup();
            resolve(undefined);
        };
        const onError = (err) => {
            cleanup();
            reject(err);
        };
        stream.on('data', onData);
        stream.once('end', onEnd);
        stream.once('error', onError);
    });
}
//# sourceMappingURL=first-message.js.map