"""Claims pages and the JSON API; thin: parse the request, call a selector or service, render."""
