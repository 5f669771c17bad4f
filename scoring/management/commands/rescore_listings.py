import time

from django.core.management.base import BaseCommand
from tqdm import tqdm

from scoring import services
from scoring.models import RescoreJob


class Command(BaseCommand):
    help = (
        "Re-score every listing with the active rule set, showing a progress bar. By default the chunks run "
        "in this process; with --background they go to the Celery workers and the bar follows their progress."
    )

    def add_arguments(self, parser):
        parser.add_argument("--background", action="store_true", help="Queue the chunks for the Celery workers.")
        parser.add_argument("--timeout", type=float, default=3600, help="With --background: seconds to follow.")

    def handle(self, *args, background=False, timeout=3600, **options):
        rule_set = services.active_rule_set()
        job = RescoreJob.objects.create(reason=RescoreJob.Reason.MANUAL, rules_version=rule_set.version)
        if background:
            from scoring.tasks import rescore_plan_task

            rescore_plan_task.delay(job.pk)
            self._follow(job, timeout)
        else:
            chunk_ids = services.rescore_plan(job=job)
            job.refresh_from_db()
            with tqdm(total=job.total, unit="listing", disable=None, file=self.stderr) as bar:
                for chunk_id in chunk_ids:
                    services.rescore_chunk(chunk_id=chunk_id)
                    bar.update(job.chunks.get(pk=chunk_id).size)
        job.refresh_from_db()
        self.stdout.write(
            f"Re-score #{job.pk} with rule set v{job.rules_version}: {job.get_status_display()}, "
            f"{job.done}/{job.total} listings, {job.updated} scores written."
        )
        for error in job.errors:
            self.stderr.write(error)

    def _follow(self, job, timeout):
        deadline = time.monotonic() + timeout
        with tqdm(total=None, unit="listing", disable=None, file=self.stderr) as bar:
            while time.monotonic() < deadline:
                job.refresh_from_db()
                bar.total = job.total or None
                bar.n = job.done
                bar.refresh()
                if job.status in (RescoreJob.Status.DONE, RescoreJob.Status.FAILED):
                    return
                time.sleep(0.5)
        self.stderr.write(f"Still running after {timeout:.0f}s; follow it in the admin (re-score job #{job.pk}).")
