import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPodcastStack } from '../helpers/podcast-stack.js';
/** Debian's Chromium (`apt-get install -y chromium`); playwright-core downloads no browser. */
const CHROMIUM = process.env.TROUPE_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--autoplay-policy=no-user-gesture-required',
];
/**
 * voice-forge streams at most this many seconds of audio per second (the page passes
 * `?pace=` on as the run's `input.pace`). Unpaced, a minute of speech is synthesised
 * in about two seconds and the run can end before the player has decoded anything;
 * at 4× the ~55 s script takes ~14 s to stream, so the run cannot end until long
 * after the first second of audio has arrived.
 */
const PACE = 4;
/**
 * The web page in a real browser: type a topic, press the button, and the `<audio>`
 * element plays the podcast from `/runs/{id}/audio` while the run is still going;
 * the step list follows the run's Server-Sent Events to the end.
 */
describe('the web page in Chromium', () => {
    let stack;
    let browser;
    let profile;
    beforeAll(async () => {
        if (!existsSync(CHROMIUM))
            throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set TROUPE_CHROMIUM)`);
        profile = await mkdtemp(join(tmpdir(), 'troupe-chromium-'));
        [stack, browser] = await Promise.all([
            startPodcastStack(),
            chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }),
        ]);
    });
    afterAll(async () => {
        await browser?.close();
        await stack?.close();
        if (profile)
            await rm(profile, { recursive: true, force: true });
    });
    it('plays the podcast while it is being made, and shows every step completed', async () => {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (err) => errors.push(err.message));
        await page.goto(`http://${stack.http}/?pace=${PACE}`);
        await page.fill('#topic', 'AI agents');
        await page.click('#go');
        // Whichever happens first: the player reports progress, or the run ends. (Page code is
        // passed as text: this project compiles without the DOM library.)
        await page.waitForFunction('document.body.dataset.firstPlaybackAt !== undefined || document.body.dataset.runEndedAt !== undefined', undefined, {
            timeout: 30_000,
        });
        const first = await page.evaluate(`({ ...document.body.dataset, currentTime: document.getElementById('player').currentTime })`);
        expect(first.firstPlaybackAt, `the run ended before the audio played: ${JSON.stringify(first)}`).toBeDefined();
        expect(first.runEndedAt).toBeUndefined();
        expect(first.currentTime).toBeGreaterThan(0);
        expect(first.runId).toMatch(/^[0-9a-f-]{36}$/);
        await page.waitForFunction('document.body.dataset.runEndedAt !== undefined', undefined, { timeout: 60_000 });
        const end = await page.evaluate(`({
      ...document.body.dataset,
      currentTime: document.getElementById('player').currentTime,
      status: document.getElementById('status').textContent,
      steps: [...document.querySelectorAll('#steps li')].map((li) => [li.dataset.step, li.dataset.status]),
      forgeNote: document.querySelector('#steps li[data-step="forge"] .note').textContent,
      playerError: document.getElementById('player').error?.message ?? null,
    })`);
        expect(Number(end.firstPlaybackAt)).toBeLessThan(Number(end.runEndedAt));
        expect(end.status).toBe('completed');
        expect(end.steps).toEqual([
            ['harvest', 'completed'],
            ['weave', 'completed'],
            ['forge', 'completed'],
        ]);
        expect(end.playerError).toBeNull();
        expect(end.currentTime).toBeGreaterThan(first.currentTime);
        expect(errors).toEqual([]);
        // The page passed the pace on: the forge step streamed no faster than PACE × real time.
        const report = (await stack.client.getRun(String(end.runId)));
        const forge = report.steps.find((s) => s.id === 'forge');
        expect(forge.endedAt - forge.startedAt).toBeGreaterThanOrEqual((report.output.audioMs - 100) / PACE);
        // The finished voice step shows the seconds of audio it made.
        const shownSeconds = Number(/^(\d+\.\d) s of audio$/.exec(end.forgeNote)?.[1]);
        expect(shownSeconds, end.forgeNote).toBeCloseTo(report.output.audioMs / 1000, 0);
    });
    it('explains a failed run in plain words, with the technical message one click away', async () => {
        await stack.client.registerWorkflow('name: page-bad-voice\nsteps:\n  - { id: speak, capability: tts.synthesize, stream: true, input: { text: 42 } }\n');
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (err) => errors.push(err.message));
        await page.goto(`http://${stack.http}/?workflow=page-bad-voice`);
        await page.click('#go');
        await page.waitForFunction("document.getElementById('problem').hidden === false", undefined, { timeout: 30_000 });
        const shown = await page.evaluate(`({
      status: document.getElementById('status').textContent,
      explanation: document.getElementById('explanation').textContent,
      technical: document.getElementById('technical').textContent,
      technicalVisible: document.querySelector('#problem details').open,
    })`);
        expect(shown.status).toBe('failed');
        expect(shown.explanation).toBe("We couldn't synthesise the voice: the agent did not accept what it was given. Check the run input.");
        expect(shown.technical).toMatch(/^step speak failed: .*text/);
        expect(shown.technicalVisible).toBe(false);
        expect(errors).toEqual([]);
    });
});
//# sourceMappingURL=web-page.int.test.js.map