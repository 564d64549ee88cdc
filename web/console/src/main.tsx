import '../style.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { adoptFragmentToken, setToken, token } from './api.js';
import { AgentsView } from './views/agents.js';
import { DeadLettersView } from './views/dead-letters.js';
import { RunDetailView } from './views/run-detail.js';
import { RolloutsView } from './views/rollouts.js';
import { RunsView } from './views/runs.js';
import { SchedulesView } from './views/schedules.js';
import { WebhooksView } from './views/webhooks.js';
import { WorkflowsView } from './views/workflows.js';

/** The views, by the first segment of the fragment (`#/runs`, `#/runs/<id>`, …). */
const NAV = [
  { path: 'agents', label: 'Agents' },
  { path: 'runs', label: 'Runs' },
  { path: 'dead-letters', label: 'Dead letters' },
  { path: 'workflows', label: 'Workflows' },
  { path: 'schedules', label: 'Schedules' },
  { path: 'rollouts', label: 'Versions & rollouts' },
  { path: 'webhooks', label: 'Webhooks' },
] as const;

/** The route in the fragment: `#/runs/abc?x=1` → `['runs', 'abc']` and its query. */
function route(): { parts: string[]; query: URLSearchParams } {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = hash.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(query) };
}

function TokenForm() {
  const [value, setValue] = useState('');
  const has = token() !== null;
  return (
    <form
      class="token"
      onSubmit={(e) => {
        e.preventDefault();
        setToken(value.trim() || null);
        setValue('');
      }}
    >
      <label>
        API token <input type="password" autocomplete="off" value={value} onInput={(e) => setValue(e.currentTarget.value)} placeholder={has ? 'a token is set' : 'paste a token'} />
      </label>
      <button type="submit">Use token</button>
      {has && (
        <button type="button" onClick={() => setToken(null)}>
          Forget token
        </button>
      )}
    </form>
  );
}

function App() {
  const [where, setWhere] = useState(route);
  const [, setTokenVersion] = useState(0);
  useEffect(() => {
    const onHash = (): void => setWhere(route());
    const onToken = (): void => setTokenVersion((v) => v + 1);
    window.addEventListener('hashchange', onHash);
    window.addEventListener('troupe-token', onToken);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('troupe-token', onToken);
    };
  }, []);
  const [view = 'agents', id] = where.parts;
  // A new token, view or filter starts the view afresh (its pages, its streams).
  const key = `${token() ?? ''}|${where.parts.join('/')}?${where.query.toString()}`;
  let body;
  if (view === 'runs' && id) body = <RunDetailView key={key} runId={id} />;
  else if (view === 'runs') body = <RunsView key={key} query={where.query} />;
  else if (view === 'dead-letters') body = <DeadLettersView key={key} />;
  else if (view === 'workflows') body = <WorkflowsView key={key} selected={id} />;
  else if (view === 'schedules') body = <SchedulesView key={key} />;
  else if (view === 'rollouts') body = <RolloutsView key={key} />;
  else if (view === 'webhooks') body = <WebhooksView key={key} query={where.query} />;
  else body = <AgentsView key={key} />;
  return (
    <>
      <header>
        <a class="brand" href="/">
          Troupe
        </a>
        <nav aria-label="Console views">
          {NAV.map((n) => (
            <a key={n.path} href={`#/${n.path}`} aria-current={view === n.path ? 'page' : undefined}>
              {n.label}
            </a>
          ))}
        </nav>
        <TokenForm />
      </header>
      <main>{body}</main>
    </>
  );
}

adoptFragmentToken();
const root = document.getElementById('app')!;
root.textContent = ''; // the 'Loading…' placeholder: render() adds to what is there
render(<App />, root);
