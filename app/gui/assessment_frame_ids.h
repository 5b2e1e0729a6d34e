#pragma once
// Menu command ids of the assessment window, shared by its source files.
#include <wx/defs.h>

namespace c5::gui {

enum MenuId {
    kSaveAs = wxID_HIGHEST + 1,
    kExportCsv,
    kExportJson,
    kExportReport,
    kNext,
    kPrevious,
    kNextUnanswered,
    kAddRespondent,
    kPenetration,
    kScoringOptions,
    kToggleDashboard,
    kKeys,
    kMakeKits,
    kMerge,
    kSealedCopy,
    kDisagreements,
    kProjector,
    kCompare,
    kRegional,
    kNextFlagged,
    kReviewList,
    kDetails,
    kRespondents,
    kNumbersHelp,
    kExportWorkbook,
};

}  // namespace c5::gui
