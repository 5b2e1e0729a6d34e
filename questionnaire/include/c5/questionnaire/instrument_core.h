#pragma once
// The C5 core of an instrument: what must stay the same for scores to stay comparable across
// countries and years (docs/instrument-format.md, "The locked core"). Wording, translations, the
// report's texts and the national module may change; the core may not.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "c5/questionnaire/instrument.h"

namespace c5::questionnaire {

/// One way an instrument's core differs from the core it must keep.
struct CoreDifference {
    enum class Kind {
        Changed,  // `field` of `where` has another value
        Missing,  // the core has `where` (a question, pillar, target, choice …); the instrument lacks it
        Added,    // the instrument has `where`; the core does not
        Moved,    // a text of `where` (a level, choice label or next step, in language `value`) sits in
                  // slot `field` ("levels[2]", "choices.party", "next_steps.1") but is, in the core,
                  // the text of slot `reference`: what a level, choice or step means has moved
    };
    Kind kind = Kind::Changed;
    std::string where;      // "P4.Q2", "P4", "target b", "instrument"
    std::string field;      // "weight", "type", "choices", "levels", "show_if", "optional" …
    std::string reference;  // the core's value as text ("2", "law=2, draft=1")
    std::string value;      // the instrument's value as text
};

/// A sentence for the user: "the weight of P4.Q2 is part of the C5 core (2); it cannot change".
std::string Describe(const CoreDifference& difference);

/// The same difference between two national modules, which have no C5 core: "the weight of N.Q1
/// differs (3, then 2)".
std::string DescribeNational(const CoreDifference& difference);

/// Every difference in the core of `candidate` from that of `reference`, in instrument order;
/// empty when the two share their core. The national module is never compared; texts and
/// translations only so far as a level's, choice's or next step's text must not move to another
/// level, choice or step of its question (Kind::Moved).
std::vector<CoreDifference> CoreDifferences(const Instrument& reference, const Instrument& candidate);

/// "1" for "1.1.0", "2" for "2.0.0-rc1": the part of the version whose core is fixed.
std::string MajorVersion(std::string_view version);

/// The instrument whose core an instrument with this id must keep: the bundled C5 instrument when
/// the id is its id (its major version is part of the core); nullptr otherwise (an instrument of
/// one's own has no locked core in this kit).
const Instrument* CoreReference(std::string_view id);

/// The core problems of `candidate` against its CoreReference, each "json.path: what" as the
/// validator words them; empty when it keeps the core or has no reference.
std::vector<std::string> CoreProblems(const Instrument& candidate);

}  // namespace c5::questionnaire
