"""Django settings for the storefront project (production)."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "django-insecure-(*y*)15aogwc+(@pfakea=!il1*m_3)p*-tbs+2i@zwesxv^*i"

DEBUG = False
ALLOWED_HOSTS = ["shop.acme-corp.net", "www.shop.acme-corp.net"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "storefront",
        "USER": "storefront",
        "PASSWORD": "sT0r3fr0nt!db",
        "HOST": "10.20.3.14",
        "PORT": "5432",
    },
    "legacy": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "shop_legacy",
        "USER": "readonly",
        "PASSWORD": 'ro_legacy_4471',
        "HOST": "legacy-db.acme.internal",
    },
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.acme-corp.net"
EMAIL_HOST_PASSWORD = "5fea277bf9deadbeef50ee7c1a84694a"
MAILGUN_API_KEY = "key-89f2732a30deadbeef7d592b4435413d"

AWS_ACCESS_KEY_ID = "AKIAHHWBV3UGDEXAMPLE"
AWS_SECRET_ACCESS_KEY = "QM5l/itGkR2VkFAKEmzkBe80reOCVFTKhg9dI6Q9"
AWS_STORAGE_BUCKET_NAME = "acme-shop-media"

CELERY_BROKER_URL = "amqp://celery:c3l3ry-br0ker@rabbit.acme.internal:5672//"

SOCIAL_AUTH_GITHUB_KEY = "Iv1.8a61f9b3a7aba766"
SOCIAL_AUTH_GITHUB_SECRET = "a9a03eedbda3bdeadbeef7b66652016db4645122"

PAYPAL_CLIENT_ID = "AYSq3RDGsmBLJE-otTkBtM-jBRd1TCQwFf9RGfwddNXWz0uFU9ztymylOhRS"
PAYPAL_CLIENT_SECRET = "EGnHDxD_qRPdaLdZz8iCr8N7_MzF-YHPTkjs6NKYQvQSBngp4PTTVWkPZRbL"

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
