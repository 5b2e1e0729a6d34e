// Evidence documents attached to answers: stored with their SHA-256, limited in size, audited,
// carried in the respondent's own kit and merged with the answers, exported checked.
#include <SQLiteCpp/Database.h>
#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/assessment_export.h"
#include "c5/questionnaire/digest.h"
#include "c5/questionnaire/error.h"
#include "fixtures.h"

namespace q = c5::questionnaire;
namespace fs = std::filesystem;
using c5::test::StoreFixture;
using c5::test::TestActor;

namespace {

template <typename Action>
std::string ErrorOf(Action&& action) {
    try {
        action();
    } catch (const q::QuestionnaireError& error) {
        return error.what();
    }
    return "(no error)";
}

// A small PDF-like document: the kit stores bytes, it does not read them.
const std::string kDocument = std::string("%PDF-1.4\n% decree 12/2024\n\0\x01\x02 binary", 36);

q::AssessmentStore::MergeReport Merge(q::AssessmentStore& target, const fs::path& file) {
    return target.Merge({{file.filename().string(), nullptr, file}});
}

}  // namespace

BOOST_AUTO_TEST_SUITE(Attachments)

BOOST_FIXTURE_TEST_CASE(a_document_is_stored_with_its_hash_and_audited, StoreFixture) {
    const auto ministry = store.AddRespondent({"Ministry", "", "government"});
    const auto attached = store.Attach(ministry.id, "P1.Q1", "/home/user/Documents/decree-12.pdf", kDocument);
    BOOST_TEST(attached.name == "decree-12.pdf");  // without its folders
    BOOST_TEST(attached.media_type == "application/pdf");
    BOOST_TEST(attached.size == static_cast<long long>(kDocument.size()));
    BOOST_TEST(attached.sha256 == q::Sha256Hex(kDocument));
    BOOST_TEST((store.AttachmentContent(attached.id) == kDocument));
    // The same document again on the same answer: kept once.
    BOOST_TEST(store.Attach(ministry.id, "P1.Q1", "copy.pdf", kDocument).id == attached.id);
    BOOST_TEST(store.Attachments().size() == 1u);
    const auto log = store.AuditLog();
    BOOST_TEST(log.back().action == "attachment.add");
    BOOST_TEST(log.back().subject == "Ministry / P1.Q1");
    BOOST_TEST(log.back().new_value->find(attached.sha256) != std::string::npos);
    BOOST_TEST(store.Snapshot().attachments.size() == 1u);
    // Another process reads what was committed.
    const auto reader = q::AssessmentStore::Open(path, q::OpenMode::ReadOnly, TestActor());
    BOOST_TEST((reader.AttachmentContent(attached.id) == kDocument));
    BOOST_TEST(store.RemoveAttachment(attached.id));
    BOOST_TEST(!store.RemoveAttachment(attached.id));
    BOOST_TEST(store.Attachments().empty());
    BOOST_TEST(store.AuditLog().back().action == "attachment.remove");
}

BOOST_FIXTURE_TEST_CASE(sizes_kinds_and_damage_are_refused_with_the_reason, StoreFixture) {
    const auto ministry = store.AddRespondent({"Ministry", "", ""});
    BOOST_TEST(ErrorOf([&] { store.Attach(ministry.id, "P1.Q1", "tool.exe", "MZ"); }).find(
                   "tool.exe: a document of this kind cannot be attached") == 0);
    BOOST_TEST(ErrorOf([&] { store.Attach(ministry.id, "P1.Q1", "empty.pdf", ""); }) ==
               "empty.pdf: the file is empty; nothing was attached");
    const std::string too_big(q::kMaxAttachmentBytes + 1, 'x');
    BOOST_TEST(ErrorOf([&] { store.Attach(ministry.id, "P1.Q1", "big.pdf", too_big); })
                   .find("big.pdf is 10.5 MB; a document attached to an answer may be at most 10 MiB") == 0);
    BOOST_TEST(ErrorOf([&] { store.Attach(ministry.id, "P9.Q9", "a.pdf", kDocument); }).find("no question") == 0);
    // 50 MiB in all: five of 10 MiB fill it, a sixth is refused.
    for (char c = 'a'; c < 'f'; ++c)
        store.Attach(ministry.id, "P1.Q1", std::string(1, c) + ".pdf", std::string(q::kMaxAttachmentBytes, c));
    BOOST_TEST(ErrorOf([&] { store.Attach(ministry.id, "P1.Q2", "f.pdf", kDocument); })
                   .find("would take the assessment's attached documents to") != std::string::npos);
    BOOST_TEST(store.Attachments().size() == 5u);
    // A document changed behind the kit's back is reported, not handed out.
    const long long first = store.Attachments().front().id;
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
        db.exec("UPDATE attachment SET content = zeroblob(10) WHERE id = " + std::to_string(first));
    }
    const auto reader = q::AssessmentStore::Open(path, q::OpenMode::ReadOnly, TestActor());
    BOOST_TEST(ErrorOf([&] { reader.AttachmentContent(first); }).find("does not match its SHA-256") !=
               std::string::npos);
}

// The respondent's kit carries their documents (not the others'); documents attached in the kit
// come back with the merge, once.
BOOST_FIXTURE_TEST_CASE(documents_travel_in_the_kit_and_come_back_with_the_merge, StoreFixture) {
    const auto ministry = store.AddRespondent({"Ministry", "", ""});
    const auto cirt = store.AddRespondent({"CIRT", "", ""});
    store.Attach(ministry.id, "P1.Q1", "strategy.pdf", kDocument);
    store.Attach(cirt.id, "P1.Q1", "cirt-report.docx", "PK report");
    const fs::path kit_path = dir / "kit-cirt.c5a";
    store.WriteRespondentKit({"CIRT", "", ""}, kit_path);
    {
        auto kit = q::AssessmentStore::Open(kit_path, q::OpenMode::ReadWrite, TestActor());
        const auto in_kit = kit.Attachments();
        BOOST_REQUIRE_EQUAL(in_kit.size(), 1u);
        BOOST_TEST(in_kit[0].name == "cirt-report.docx");
        const auto kit_cirt = kit.FindRespondent("CIRT");
        kit.Attach(kit_cirt->id, "P2.Q1", "mou.jpg", "JPEG bytes");
        BOOST_TEST(ErrorOf([&] { kit.Attach(kit_cirt->id + 1000, "P1.Q1", "x.pdf", kDocument); }) != "(no error)");
    }
    const auto report = Merge(store, kit_path);
    BOOST_REQUIRE_EQUAL(report.files.size(), 1u);
    BOOST_TEST(report.files[0].refused.empty(), report.files[0].refused);
    BOOST_TEST(report.files[0].attachments_added == 1);
    const auto all = store.Attachments();
    BOOST_REQUIRE_EQUAL(all.size(), 3u);
    BOOST_TEST(store.AuditLog().size() > 0u);
    bool found = false;
    for (const auto& attachment : all)
        if (attachment.name == "mou.jpg") {
            found = true;
            BOOST_TEST(attachment.respondent_id == cirt.id);
            BOOST_TEST(attachment.question_id == "P2.Q1");
            BOOST_TEST((store.AttachmentContent(attachment.id) == "JPEG bytes"));
        }
    BOOST_TEST(found);
    // Merging the kit again changes nothing.
    const std::string before = c5::test::ReadFile(path);
    BOOST_TEST(!Merge(store, kit_path).changed);
    BOOST_TEST((c5::test::ReadFile(path) == before));
}

BOOST_FIXTURE_TEST_CASE(documents_are_exported_checked_with_an_index, StoreFixture) {
    const auto ministry = store.AddRespondent({"Ministry / ICT", "", ""});
    store.Attach(ministry.id, "P1.Q1", "decree.pdf", kDocument);
    store.Attach(ministry.id, "P2.Q1", "photo.png", "PNG bytes");
    const fs::path folder = dir / "evidence";
    const auto written = q::ExportAttachments(store, folder);
    BOOST_TEST(written.documents == 2);
    BOOST_TEST(written.bytes == static_cast<long long>(kDocument.size() + 9));
    BOOST_TEST((c5::test::ReadFile(folder / "Ministry _ ICT" / "P1.Q1" / "decree.pdf") == kDocument));
    const std::string index = c5::test::ReadFile(folder / "index.csv");
    BOOST_TEST(index.find("Ministry / ICT,P2.Q1,photo.png,image/png,9,") != std::string::npos, index);
    BOOST_TEST(ErrorOf([&] { q::ExportAttachments(store, folder); }).find("already exists") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(a_removed_respondent_takes_their_documents, StoreFixture) {
    const auto ministry = store.AddRespondent({"Ministry", "", ""});
    store.Attach(ministry.id, "P1.Q1", "decree.pdf", kDocument);
    store.RemoveRespondent(ministry.id);
    BOOST_TEST(store.Attachments().empty());
    bool logged = false;
    for (const auto& entry : store.AuditLog()) logged = logged || entry.action == "attachment.remove";
    BOOST_TEST(logged);
}

BOOST_AUTO_TEST_SUITE_END()
