#include "c5/questionnaire/error.h"
#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/sealed_file.h"
#include "fuzz_targets.h"

namespace q = c5::questionnaire;

namespace {

constexpr std::string_view kPassphrase = "fuzzing passphrase";
// The cheapest key derivation Unseal accepts, so that the fuzzer spends its time in the reader.
constexpr q::SealCost kCheapest{1, 8192};

void UnsealAndOpen(std::string_view sealed) {
    const q::Unsealed content = q::Unseal(sealed, kPassphrase, "fuzz.c5s");
    q::AssessmentStore::OpenBytes(content.bytes, "fuzz.c5s", q::Actor{"fuzz", "fuzz"});
}

}  // namespace

// First byte 'S': the rest is a whole sealed file (what arrives on a USB stick). Otherwise the
// bytes are split at the first NUL into a description and a content, sealed with the right
// passphrase and opened again: what a passphrase holder could make the kit read.
void c5::fuzz::FuzzSealedFile(std::string_view bytes) {
    try {
        if (!bytes.empty() && bytes.front() == 'S') {
            const std::string_view sealed = bytes.substr(1);
            // Costs above the cheapest only make the fuzzer slow; Unseal's limits are unit-tested.
            if (sealed.size() >= 28) {
                const q::SealCost asked = q::detail::CostOf(sealed);
                if (asked.ops > kCheapest.ops || asked.memory_bytes > kCheapest.memory_bytes) return;
            }
            UnsealAndOpen(sealed);
            return;
        }
        const std::size_t split = bytes.find('\0');
        const std::string_view description = bytes.substr(0, split);
        const std::string_view content = split == std::string_view::npos ? std::string_view{} : bytes.substr(split + 1);
        if (description.size() > 64 * 1024) return;
        UnsealAndOpen(q::detail::SealWithDescription(description, content, kPassphrase, kCheapest));
    } catch (const c5::questionnaire::QuestionnaireError&) {
    }
}
