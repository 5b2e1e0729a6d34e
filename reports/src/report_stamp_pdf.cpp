#include "report_stamp_pdf.h"

#include <string>

#include "c5/reports/error.h"
#include "c5/reports/report_stamp.h"

namespace c5::reports::detail {

void AddReportStamp(PdfDocument& document, std::string_view stamp_json) {
    // libharu sets only the standard document-information keys; the dictionary itself takes any key
    // (ISO 32000-1 §14.3.3), so the stamp is added to it directly.
    HPDF_Doc doc = document.Handle();
    if (!doc->info) throw ReportError("the PDF has no document information to hold the report's stamp");
    const std::string value(stamp_json);
    HPDF_String string = HPDF_String_New(doc->mmgr, value.c_str(), nullptr);
    if (!string || HPDF_Dict_Add(doc->info, std::string(kStampKey).c_str(), string) != HPDF_OK)
        document.Check("add the report's stamp");
    document.Check("add the report's stamp");
}

}  // namespace c5::reports::detail
