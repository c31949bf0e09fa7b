// libxml2 as bus-docs uses it: the HTML parser, the XML reader for imported documents, structured errors.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU; its headers would pull in a second copy of ICU's types that
// clashes with Foundation's. bus-docs needs none of libxml2's ICU encoders.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
