"""One catalogue of learner-facing texts per language (see ``mnistnet.i18n``)."""
