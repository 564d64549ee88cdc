/** Audio helpers shared by agents, the CLI and the HTTP audio endpoint. @packageDocumentation */
export { parsePcmContentType, pcmContentType } from './pcm-format.js';
export type { Endianness, PcmFormat } from './pcm-format.js';
export { WAV_HEADER_BYTES, WAV_MAX_DATA_BYTES, WavFileWriter, wavHeader } from './wav.js';
export type { WavFormat } from './wav.js';
