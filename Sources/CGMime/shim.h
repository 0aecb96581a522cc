#ifndef MAILGUARD_CGMIME_SHIM_H
#define MAILGUARD_CGMIME_SHIM_H
#include <gmime/gmime.h>

// GMime's type checks and casts are macros that Swift does not import.
static inline int mg_is_part(GMimeObject *o) { return GMIME_IS_PART(o); }
static inline int mg_is_multipart(GMimeObject *o) { return GMIME_IS_MULTIPART(o); }
static inline int mg_is_message_part(GMimeObject *o) { return GMIME_IS_MESSAGE_PART(o); }
static inline GMimePart *mg_as_part(GMimeObject *o) { return GMIME_PART(o); }
static inline GMimeMultipart *mg_as_multipart(GMimeObject *o) { return GMIME_MULTIPART(o); }
static inline GMimeMessagePart *mg_as_message_part(GMimeObject *o) { return GMIME_MESSAGE_PART(o); }
static inline GMimeStreamMem *mg_as_stream_mem(GMimeStream *s) { return GMIME_STREAM_MEM(s); }
static inline GMimeObject *mg_message_as_object(GMimeMessage *m) { return GMIME_OBJECT(m); }
static inline int mg_is_mailbox(InternetAddress *a) { return INTERNET_ADDRESS_IS_MAILBOX(a); }
static inline InternetAddressMailbox *mg_as_mailbox(InternetAddress *a) { return INTERNET_ADDRESS_MAILBOX(a); }
static inline int mg_is_group(InternetAddress *a) { return INTERNET_ADDRESS_IS_GROUP(a); }
static inline InternetAddressGroup *mg_as_group(InternetAddress *a) { return INTERNET_ADDRESS_GROUP(a); }
static inline void mg_unref(void *o) { g_object_unref(o); }

#endif
