from django import forms

from tracker import params

from .extraction.types import FIGURE_MAX
from .models import Claim

STANCES = [("", "—"), ("assert", "asserts"), ("deny", "denies"), ("hedge", "hedges")]


class ClaimEditForm(forms.Form):
    """Correct a claim. `version` is the one the editor saw: a newer one in the database means
    someone else changed the claim meanwhile (a conflict, not an overwrite)."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    kind = forms.ChoiceField(choices=Claim.Kind.choices)
    value = forms.FloatField(required=False, label="Value", min_value=-FIGURE_MAX, max_value=FIGURE_MAX)
    value_max = forms.FloatField(required=False, label="Upper value (ranges)", min_value=-FIGURE_MAX,
                                 max_value=FIGURE_MAX)
    qualifier = forms.ChoiceField(choices=Claim.Qualifier.choices)
    unit = forms.CharField(required=False, max_length=100)
    currency = forms.CharField(required=False, max_length=3, help_text="ISO code: IDR, USD, EUR…")
    subject = forms.CharField(required=False, max_length=300, help_text="whose troops, who gives")
    target = forms.CharField(required=False, max_length=300, help_text="to whom, where")
    speaker = forms.CharField(required=False, max_length=300)
    speaker_role = forms.CharField(required=False, max_length=300, label="Speaker's role")
    quote = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    direct = forms.BooleanField(required=False, label="Direct quote")
    stance = forms.ChoiceField(choices=STANCES, required=False)
    date = forms.DateField(required=False, label="Date claimed", widget=forms.DateInput(attrs={"type": "date"}))
    date_precision = forms.ChoiceField(choices=[("", "—"), *Claim.Precision.choices], required=False)

    @classmethod
    def for_claim(cls, claim: Claim, data=None):
        initial = {name: getattr(claim, name) for name in cls.base_fields if name != "version"}
        initial["version"] = claim.version
        if data is None:
            return cls(initial=initial, prefix="edit")
        return cls(data, initial=initial, prefix="edit")

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day is not None:
            try:
                params.date_value(day.isoformat(), field="date")
            except params.QueryError as exc:
                raise forms.ValidationError(f"The date {exc.message}.") from None
        return day

    def clean_currency(self):
        return self.cleaned_data["currency"].strip().upper()

    def changed_values(self) -> dict:
        """Only what the editor changed, so an edit never rewrites fields it didn't touch."""
        fields = [name for name in self.changed_data if name != "version"]
        return {name: self.cleaned_data[name] if self.cleaned_data[name] is not None else None for name in fields}


class StatusForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(choices=Claim.Status.choices, label="Verification status")
    note = forms.CharField(required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}),
                           label="Note", help_text="Why: a source, a document, a correction.")


class TagForm(forms.Form):
    name = forms.CharField(max_length=60, label="Add a tag")


class MoveForm(forms.Form):
    group = forms.IntegerField(required=False, min_value=1, label="Move to group number",
                               help_text="Leave empty to give the claim a group of its own.")


class MergeForm(forms.Form):
    target = forms.IntegerField(min_value=1, label="Merge this group into group number")
