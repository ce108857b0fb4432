"""System checks: settings a served Timeline cannot do without."""
from django.conf import settings
from django.core.checks import Error, register


@register()
def secret_key_is_set(app_configs, **kwargs):
    if settings.TIMELINE_HAS_SECRET_KEY:
        return []
    return [Error("SECRET_KEY is not set.",
                  hint="Set SECRET_KEY in the environment, or DEBUG=1 for a generated development key.",
                  id="timeline.E001")]
