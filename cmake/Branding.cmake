# Name, version and branding of PartnerDesk: the one place they are set.
# Used by the About box, --version, the User-Agent and the installers.
set(PD_PRODUCT_NAME "PartnerDesk")
set(PD_ORGANIZATION_NAME "PartnerDesk")
set(PD_ORGANIZATION_DOMAIN "partnerdesk.app")
set(PD_APP_ID "app.partnerdesk.PartnerDesk")
set(PD_VERSION_MAJOR 0)
set(PD_VERSION_MINOR 1)
set(PD_VERSION_PATCH 0)
set(PD_VERSION "${PD_VERSION_MAJOR}.${PD_VERSION_MINOR}.${PD_VERSION_PATCH}")
set(PD_DESCRIPTION "Desktop workplace for the partner managers of a cloud partner program")
set(PD_COPYRIGHT "© 2026 PartnerDesk authors")
