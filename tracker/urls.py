from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from claims import views as claim_views
from sources import views as source_views

from . import views

urlpatterns = [
    path("", claim_views.timeline, name="timeline"),
    path("api/claims/", claim_views.api_claims, name="api-claims"),
    path("articles/", source_views.article_list, name="article-list"),
    path("articles/<int:article_id>/", source_views.article_detail, name="article-detail"),
    path("articles/<int:article_id>/retry/", source_views.article_retry, name="article-retry"),
    path("upload/", source_views.upload, name="upload"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
]
