#pragma once
// Who the tests are when they write to an assessment (the audit log's user and tool).
#include "c5/questionnaire/assessment_store.h"

namespace c5::test {

inline questionnaire::Actor TestActor() { return {"tester", "c5kit-tests"}; }

}  // namespace c5::test
