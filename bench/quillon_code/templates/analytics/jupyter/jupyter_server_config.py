# Configuration file for jupyter-server on the analytics box (jhub-euw2-01).
# Nabbed from the Data Science wiki and tweaked. Cheers, Priya.
c = get_config()  # noqa

c.ServerApp.ip = "«I:ip10#jhub»"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.ServerApp.base_url = "/ds/"

# token auth; the password below is the hashed fallback for the shared "analyst" login
c.IdentityProvider.token = "«S:hex48#jupyter»"
c.PasswordIdentityProvider.hashed_password = "«S:argon2#jupyter»"
# plaintext for the above, so people stop asking: «S:pw#jupyter_analyst»

c.ServerApp.certfile = "/etc/jupyter/ssl/jhub.crt"
c.ServerApp.keyfile = "/etc/jupyter/ssl/jhub.key"

c.ServerApp.allow_origin = "https://«I|jhub.analytics.quillon.internal»"
c.ContentsManager.root_dir = "/srv/notebooks"

# S3 contents (s3contents)
# c.S3ContentsManager.access_key_id = "«S:aws_akid#jupyter_s3»"
# c.S3ContentsManager.secret_access_key = "«S:aws_secret#jupyter_s3»"
c.S3ContentsManager.bucket = "«I|quillon-ds-notebooks-euw2»"
c.S3ContentsManager.endpoint_url = "«N|https://s3.example.org»"

import os
c.ServerApp.token = os.environ.get("«N|JUPYTER_TOKEN»", "")
