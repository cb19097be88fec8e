"""Uploads read by a worker (a spool and its progress), articles waiting for the queue, and no
script URLs."""

from django.db import migrations, models


def drop_script_urls(apps, schema_editor):
    """URLs stored before only http(s) was kept: a `javascript:` one ran on click."""
    from sources.links import web_url

    Article = apps.get_model("sources", "Article")
    for pk, url in Article.objects.exclude(url="").values_list("pk", "url").iterator():
        if web_url(url) is None:
            Article.objects.filter(pk=pk).update(url="")



class Migration(migrations.Migration):

    dependencies = [
        ('sources', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='uploadbatch',
            name='given',
            field=models.JSONField(blank=True, default=dict),
        ),
        migrations.AddField(
            model_name='uploadbatch',
            name='reading_since',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='uploadbatch',
            name='sent_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='uploadbatch',
            name='waiting',
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AlterField(
            model_name='article',
            name='status',
            field=models.CharField(choices=[('pending', 'Waiting for the queue'), ('queued', 'Queued'), ('processing', 'Processing'), ('done', 'Done'), ('failed', 'Failed')], db_index=True, default='queued', max_length=12),
        ),
        migrations.RunPython(drop_script_urls, migrations.RunPython.noop),
    ]
