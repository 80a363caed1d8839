#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; <libxml/encoding.h> then pulls in <unicode/ucnv.h>,
   which clashes with Foundation's bundled ICU module on clean builds. egovarch never
   touches the ICU-only fields of xmlCharEncodingHandler, so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>

/* Swift 6 rejects any use of the mutable C global `xmlFree`. */
static inline void egovarch_xml_free(void *pointer) { xmlFree(pointer); }

/* Byte offset of the parser's current position in the whole input. Kept here so that the
   deprecated direct access to ctxt->input stays in one place. */
static inline long egovarch_parser_offset(xmlParserCtxtPtr ctxt) {
  if (ctxt == NULL || ctxt->input == NULL || ctxt->input->cur == NULL || ctxt->input->base == NULL) {
    return -1;
  }
  return (long)ctxt->input->consumed + (long)(ctxt->input->cur - ctxt->input->base);
}

/* The parser context's private slot, where egovarch keeps the state of one parse. */
static inline void *egovarch_parser_private(xmlParserCtxtPtr ctxt) { return ctxt->_private; }
static inline void egovarch_set_parser_private(xmlParserCtxtPtr ctxt, void *value) { ctxt->_private = value; }

#endif
