#pragma once
// The demo: a fictional small island developing State, "Kelora", assessed by three stakeholder
// groups (data/demo_answers.csv), with ICT penetration figures. For training and for trying the kit.
#include <filesystem>

#include "c5/questionnaire/assessment_store.h"

namespace c5::questionnaire {

/// Creates the demo assessment at `path` (never overwriting a file) and returns it open.
AssessmentStore CreateDemoAssessment(const std::filesystem::path& path, Actor actor);

}  // namespace c5::questionnaire
