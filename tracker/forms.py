from django import forms
from django.contrib.auth import get_user_model, password_validation

from .roles import ROLES

ROLE_CHOICES = [(role, role.capitalize()) for role in ROLES]


class UserCreateForm(forms.Form):
    username = forms.CharField(max_length=150)
    password = forms.CharField(widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    role = forms.ChoiceField(choices=ROLE_CHOICES, initial="analyst")

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise forms.ValidationError("A user with this name exists already.")
        return username

    def clean_password(self):
        password = self.cleaned_data["password"]
        password_validation.validate_password(password)
        return password


class RoleForm(forms.Form):
    role = forms.ChoiceField(choices=[("", "No access"), *ROLE_CHOICES], required=False)
