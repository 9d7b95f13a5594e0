import { useSyncExternalStore } from 'react';
import { t } from '../i18n/index.ts';
import { taskStore } from './tasks.ts';
import { Modal, Progress } from '../ui/Modal.tsx';

/** Progress of the running export/backup/publish, or why it failed. Render once per screen. */
export function TaskDialog() {
  const task = useSyncExternalStore(taskStore.subscribe, taskStore.get, taskStore.get);
  if (!task) return null;
  if (task.failed) {
    return (
      <Modal title={task.failed.title} role="alertdialog" onClose={taskStore.end}>
        <ul className="ss-messages">
          {task.failed.messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
        <div className="ss-actions">
          <button type="button" className="button primary" autoFocus onClick={taskStore.end}>
            {t('package.ok')}
          </button>
        </div>
      </Modal>
    );
  }
  return (
    <Modal title={task.label}>
      <Progress label={t('package.working')} done={task.done} total={task.total} />
    </Modal>
  );
}
