"""Queue backends: RQ on Redis (production, any number of `minutes worker`s) or an in-process executor.

The database is the source of truth for jobs; a queue only carries job ids. If a queue loses an id (Redis
restarted, enqueue failed, a worker killed mid-job), `recover_stalled` finds the job in the database and
submits it again, so no upload is ever lost.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

from redis import Redis
from rq import Queue, Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job as RQJob
from rq.job import JobStatus

from models.documents import stalled_jobs
from models.tables import utcnow
from worker.jobs import run_process_document
from worker.runtime import Runtime

log = logging.getLogger(__name__)

PROCESS_DOCUMENT = "worker.jobs.process_document"
_ALIVE = {JobStatus.QUEUED, JobStatus.STARTED, JobStatus.DEFERRED, JobStatus.SCHEDULED}


class JobQueue(Protocol):
    def submit(self, job_id: str, *, restart: bool = False) -> None: ...

    def close(self) -> None: ...


class RQJobQueue:
    def __init__(self, redis_url: str, name: str, timeout: int) -> None:
        self.redis = Redis.from_url(redis_url)
        self.queue = Queue(name, connection=self.redis)
        self.timeout = timeout

    def submit(self, job_id: str, *, restart: bool = False) -> None:
        """Enqueue `job_id` unless RQ already holds it alive (`restart` replaces a job whose worker died)."""
        try:
            existing = RQJob.fetch(job_id, connection=self.redis)
        except NoSuchJobError:
            existing = None
        if existing is not None:
            if existing.get_status() in _ALIVE and not restart:
                return
            existing.delete()
        self.queue.enqueue_call(
            PROCESS_DOCUMENT,
            args=(job_id,),
            job_id=job_id,
            timeout=self.timeout,
            retry=Retry(max=3, interval=[5, 30, 120]),
            result_ttl=3600,
            failure_ttl=7 * 24 * 3600,
        )

    def close(self) -> None:
        self.redis.close()


class InProcessJobQueue:
    """Runs the same job function on a thread pool inside the serving process (the embedded default)."""

    def __init__(self, runtime: Runtime, workers: int = 1) -> None:
        self.runtime = runtime
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="minutes-job")
        self._pending: set[str] = set()
        self._lock = threading.Lock()

    def submit(self, job_id: str, *, restart: bool = False) -> None:
        """Run `job_id` on the pool unless it is already waiting or running here."""
        with self._lock:
            if job_id in self._pending:
                return
            self._pending.add(job_id)
        self.executor.submit(self._run, job_id)

    def _run(self, job_id: str) -> None:
        try:
            run_process_document(self.runtime, job_id)
        except Exception:
            log.exception("in-process job %s stopped; it stays queued and is submitted again later", job_id)
        finally:
            with self._lock:
                self._pending.discard(job_id)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=False)


def submit_safely(queue: JobQueue, job_id: str) -> None:
    """Tell the queue; if it is unreachable the job stays queued in the database and is recovered later."""
    try:
        queue.submit(job_id)
    except Exception:
        log.warning("could not enqueue job %s now; it stays queued and will be submitted again", job_id)


def make_queue(runtime: Runtime) -> JobQueue:
    settings = runtime.settings
    if settings.redis_url:
        return RQJobQueue(settings.redis_url, settings.queue_name, settings.job_timeout_seconds)
    return InProcessJobQueue(runtime, settings.inprocess_workers)


def recover_stalled(runtime: Runtime, queue: JobQueue, *, everything: bool = False) -> list[str]:
    """Submit again every queued job (submitting is idempotent) and every running job whose worker fell
    silent for longer than the job timeout; `everything` (at an in-process start) takes all running jobs."""
    now = utcnow()
    timeout = dt.timedelta(seconds=runtime.settings.job_timeout_seconds)
    heartbeat_before = now if everything else now - timeout
    with runtime.db.session() as session:
        jobs = stalled_jobs(session, heartbeat_before=heartbeat_before)
        restarted = [(job.id, job.status == "running") for job in jobs]
        for job in jobs:
            job.status = "queued"
    for job_id, was_running in restarted:
        queue.submit(job_id, restart=was_running)
    if restarted:
        log.info("submitted %d stalled job(s) again", len(restarted))
    return [job_id for job_id, _ in restarted]
