from django import forms
from django.core.validators import URLValidator

from tracker import params

from .links import SCHEMES


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Many files at once. Each file is judged by the upload service, one by one, so one empty or
    binary file is reported by name instead of failing the whole form."""

    widget = MultipleFileInput

    def to_python(self, data):
        return data

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [f for f in files if f is not None and hasattr(f, "name")]


class UploadForm(forms.Form):
    files = MultipleFileField(
        required=False,
        label="Article files",
        help_text="One or many .txt or .html files, or a .zip of them. You can also drop files here.",
        widget=MultipleFileInput(attrs={"accept": ".txt,.html,.htm,.zip,text/plain,text/html,application/zip"}),
    )
    text = forms.CharField(
        required=False,
        label="Or paste an article",
        widget=forms.Textarea(attrs={"rows": 8, "placeholder": "Judul\n\nJAKARTA - …"}),
    )
    title = forms.CharField(required=False, max_length=500, label="Title (pasted text)")
    outlet = forms.CharField(required=False, max_length=200, label="Outlet",
                             help_text="Leave empty to read it from the article.")
    url = forms.URLField(required=False, max_length=1000, label="URL", assume_scheme="https",
                         validators=[URLValidator(schemes=SCHEMES)])
    published = forms.DateField(required=False, label="Publication date",
                                widget=forms.DateInput(attrs={"type": "date"}),
                                help_text="Relative dates in the text are resolved against it.")

    def clean_published(self):
        day = self.cleaned_data.get("published")
        if day is not None:
            try:
                params.date_value(day.isoformat(), field="published")
            except params.QueryError as exc:
                raise forms.ValidationError(f"The publication date {exc.message}.") from None
        return day

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("files") and not (cleaned.get("text") or "").strip():
            raise forms.ValidationError("Choose at least one file or paste an article.")
        return cleaned
