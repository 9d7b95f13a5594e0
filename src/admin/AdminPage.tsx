import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { t } from '../i18n/index.ts';
import type { AdminStatus } from '../live/service-api.ts';
import { useRoom } from '../room/context.ts';
import { RoomHeader } from '../room/RoomHeader.tsx';
import { PassphraseLogin } from '../room/PassphraseLogin.tsx';
import { createAdminClient, type AdminClient } from './admin-client.ts';
import { adminErrorText } from './admin-words.ts';
import { AdminDashboard } from './AdminDashboard.tsx';
import '../room/room.css';
import './admin.css';

/**
 * /admin, the library service's admin page (#17): the admin logs in with the service's passphrase
 * (set on the server with `storyscape hub admin-passphrase`), then sees every session, the
 * collection and retention. Without a hub (dev server, a published site) it says where it belongs.
 */
export default function AdminPage({ library }: { library(): void }) {
  const room = useRoom();
  const admin = useMemo(() => (room ? createAdminClient(room.client) : null), [room]);
  const [status, setStatus] = useState<AdminStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const [asked, setAsked] = useState(0);
  const refresh = useCallback(() => setAsked((n) => n + 1), []);
  const loggedOut = useCallback(() => {
    setNotice(t('admin.loggedOut'));
    refresh();
  }, [refresh]);
  useEffect(() => {
    if (!admin) return;
    let live = true;
    admin.status().then(
      (s) => {
        if (!live) return;
        setStatus(s);
        setError(null);
      },
      (e: unknown) => live && setError(adminErrorText(e)),
    );
    return () => {
      live = false;
    };
  }, [admin, asked]);

  const header = (
    <RoomHeader
      links={[
        { label: t('room.backToLibrary'), onClick: library },
        !!status?.admin && {
          label: t('admin.logout'),
          onClick: () => void admin?.logout().finally(refresh),
        },
      ]}
    />
  );
  const page = (body: ReactNode) => (
    <main className="page room-page admin-page">
      {header}
      <h1>{t('admin.title')}</h1>
      {body}
    </main>
  );

  if (!admin) return page(<p className="room-panel">{t('admin.noHub')}</p>);
  if (!status)
    return page(
      error ? (
        <p className="room-error" role="alert">
          {error}
        </p>
      ) : (
        <p role="status">{t('admin.loading')}</p>
      ),
    );
  if (!status.configured)
    return page(
      <section className="room-panel">
        <h2>{t('admin.notConfigured.title')}</h2>
        <p>{t('admin.notConfigured.text')}</p>
        <pre className="admin-command">storyscape hub admin-passphrase</pre>
      </section>,
    );
  if (!status.admin)
    return page(
      <>
        {notice && (
          <p className="room-panel" role="status">
            {notice}
          </p>
        )}
        <AdminLogin admin={admin} onIn={refresh} />
      </>,
    );
  return page(
<AdminDashboard admin={admin} onLoggedOut={loggedOut} />,
  );
}

function AdminLogin({ admin, onIn }: { admin: AdminClient; onIn(): void }) {
  return (
    <PassphraseLogin
      title={t('admin.login.title')}
      intro={t('admin.login.intro')}
      label={t('admin.login.passphrase')}
      submitLabel={t('admin.login.submit')}
      login={async (p) => {
        await admin.login(p);
        onIn();
      }}
      errorText={adminErrorText}
    />
  );
}
