from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import path

from claims.views import api as claim_api
from claims.views import claim as claim_views
from claims.views import figures as figure_views
from claims.views import timeline as timeline_views
from sources import views as source_views

from . import views

urlpatterns = [
    path("", timeline_views.timeline, name="timeline"),
    path("figures/", figure_views.figures, name="figures"),
    path("claims/<int:claim_id>/", claim_views.claim_detail, name="claim-detail"),
    path("claims/<int:claim_id>/edit/", claim_views.claim_edit, name="claim-edit"),
    path("claims/<int:claim_id>/status/", claim_views.claim_status, name="claim-status"),
    path("claims/<int:claim_id>/tags/", claim_views.claim_tag_add, name="claim-tag-add"),
    path("claims/<int:claim_id>/tags/remove/", claim_views.claim_tag_remove, name="claim-tag-remove"),
    path("claims/<int:claim_id>/delete/", claim_views.claim_delete, name="claim-delete"),
    path("claims/<int:claim_id>/move/", claim_views.claim_move, name="claim-move"),
    path("claims/<int:claim_id>/merge-group/", claim_views.group_merge, name="group-merge"),
    path("edits/<int:edit_id>/revert/", claim_views.edit_revert, name="edit-revert"),
    path("api/claims/", claim_api.api_claims, name="api-claims"),
    path("api/timeline/", claim_api.api_timeline, name="api-timeline"),
    path("api/tags/", claim_api.api_tags, name="api-tags"),
    path("articles/", source_views.article_list, name="article-list"),
    path("articles/reextract/", source_views.articles_reextract, name="articles-reextract"),
    path("articles/<int:article_id>/", source_views.article_detail, name="article-detail"),
    path("articles/<int:article_id>/retry/", source_views.article_retry, name="article-retry"),
    path("upload/", source_views.upload, name="upload"),
    path("users/", views.user_list, name="user-list"),
    path("users/new/", views.user_create, name="user-create"),
    path("users/<int:user_id>/role/", views.user_role_set, name="user-role"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    # Public, so an account without a role can still log out.
    path("accounts/logout/", login_not_required(auth_views.LogoutView.as_view()), name="logout"),
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
]

handler400 = "tracker.views.bad_request"
