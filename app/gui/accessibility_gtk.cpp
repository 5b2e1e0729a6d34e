// What assistive technology hears on Linux: ATK, on the GtkWidget under each wx window. GTK is
// loaded by wxGTK and ATK by GTK; their functions are looked up rather than linked, as in
// gtk_check_marks.cpp (no GTK headers needed). A function that is missing makes each call a no-op.
#include "accessibility.h"

#include <dlfcn.h>

#include <cstring>

#include <wx/frame.h>
#include <wx/stattext.h>
#include <wx/window.h>

namespace c5::gui {
namespace {

template <typename Function>
Function Lookup(const char* name) {
    return reinterpret_cast<Function>(dlsym(RTLD_DEFAULT, name));
}

struct Atk {
    void* (*widget_accessible)(void*) = Lookup<void* (*)(void*)>("gtk_widget_get_accessible");
    void* (*bin_child)(void*) = Lookup<void* (*)(void*)>("gtk_bin_get_child");
    const char* (*type_name)(void*) = Lookup<const char* (*)(void*)>("g_type_name_from_instance");
    void (*set_name)(void*, const char*) = Lookup<void (*)(void*, const char*)>("atk_object_set_name");
    void (*set_description)(void*, const char*) = Lookup<void (*)(void*, const char*)>("atk_object_set_description");
    int (*relation_for_name)(const char*) = Lookup<int (*)(const char*)>("atk_relation_type_for_name");
    int (*role_for_name)(const char*) = Lookup<int (*)(const char*)>("atk_role_for_name");
    void (*set_role)(void*, int) = Lookup<void (*)(void*, int)>("atk_object_set_role");
    void* (*ref_relations)(void*) = Lookup<void* (*)(void*)>("atk_object_ref_relation_set");
    void* (*relation_by_type)(void*, int) = Lookup<void* (*)(void*, int)>("atk_relation_set_get_relation_by_type");
    void (*remove_relation)(void*, void*) = Lookup<void (*)(void*, void*)>("atk_relation_set_remove");
    void (*add_relation)(void*, void*) = Lookup<void (*)(void*, void*)>("atk_relation_set_add");
    void* (*new_relation)(void**, int, int) = Lookup<void* (*)(void**, int, int)>("atk_relation_new");
    void (*unref)(void*) = Lookup<void (*)(void*)>("g_object_unref");
    void (*set_mnemonic_widget)(void*, void*) = Lookup<void (*)(void*, void*)>("gtk_label_set_mnemonic_widget");
    void (*container_forall)(void*, void (*)(void*, void*), void*) =
        Lookup<void (*)(void*, void (*)(void*, void*), void*)>("gtk_container_forall");
    unsigned long (*container_type)() = Lookup<unsigned long (*)()>("gtk_container_get_type");
    unsigned long (*combo_box_type)() = Lookup<unsigned long (*)()>("gtk_combo_box_get_type");
    int (*is_a)(void*, unsigned long) = Lookup<int (*)(void*, unsigned long)>("g_type_check_instance_is_a");
    int (*state_for_name)(const char*) = Lookup<int (*)(const char*)>("atk_state_type_for_name");
    void (*notify_state_change)(void*, int, int) = Lookup<void (*)(void*, int, int)>("atk_object_notify_state_change");

    bool Ready() const {
        return widget_accessible && bin_child && type_name && set_name && set_description && relation_for_name &&
               role_for_name && set_role && ref_relations && relation_by_type && remove_relation && add_relation &&
               new_relation && unref && set_mnemonic_widget;
    }
};

const Atk& Functions() {
    static const Atk atk;
    return atk;
}

bool IsA(void* widget, const char* type_name) {
    const char* type = Functions().type_name(widget);
    return type && std::strcmp(type, type_name) == 0;
}

// The widget a user meets: a multi-line text or a list sits inside a scrolled window, which is
// what wx holds as the window's handle.
void* WidgetOf(wxWindow& window) {
    const Atk& atk = Functions();
    if (!atk.Ready()) return nullptr;
    void* widget = window.GetHandle();
    if (widget && IsA(widget, "GtkScrolledWindow"))
        if (void* child = atk.bin_child(widget)) widget = child;
    return widget;
}

void* AccessibleOf(wxWindow& window) {
    void* widget = WidgetOf(window);
    return widget ? Functions().widget_accessible(widget) : nullptr;
}

// Replaces every relation of `type` on `object` by one to `targets`. GTK adds its own guesses
// (a label bound to the next control) only where the object has none of that type.
void ReplaceRelation(void* object, const char* type_name, std::vector<void*> targets) {
    const Atk& atk = Functions();
    const int type = atk.relation_for_name(type_name);
    if (!object || type == 0) return;
    void* relations = atk.ref_relations(object);  // GTK makes its guesses here, once
    if (!relations) return;
    while (void* old = atk.relation_by_type(relations, type)) atk.remove_relation(relations, old);
    if (!targets.empty()) {
        void* relation = atk.new_relation(targets.data(), static_cast<int>(targets.size()), type);
        atk.add_relation(relations, relation);
        atk.unref(relation);
    }
    atk.unref(relations);
}

// Orca speaks a notification as it appears, after what it is saying, and keeps it in its list of
// notifications (ATK's own announcement signal is spoken only from Orca 45). One empty label of
// the window's status bar, a notification to assistive technology, carries them.
wxWindow& Announcer(wxWindow& window) {
    wxWindow* top = wxGetTopLevelParent(&window);
    auto* frame = dynamic_cast<wxFrame*>(top);
    wxWindow* parent = frame && frame->GetStatusBar() ? frame->GetStatusBar() : top;
    const wxString kName = wxS("c5-announcer");
    if (wxWindow* existing = parent->FindWindow(kName)) return *existing;
    auto* announcer = new wxStaticText(parent, wxID_ANY, wxString(), wxPoint(0, 0), wxSize(1, 1), 0, kName);
    if (void* object = AccessibleOf(*announcer))
        if (const int role = Functions().role_for_name("notification"); role != 0) Functions().set_role(object, role);
    return *announcer;
}

// The button inside a GtkComboBox, which takes the focus for it: nameless unless told (its
// accessible hangs under no parent a screen reader would look at for the label).
void* InnerButton(void* widget) {
    const Atk& atk = Functions();
    if (!atk.container_forall || !atk.container_type || !atk.combo_box_type || !atk.is_a) return nullptr;
    if (!atk.is_a(widget, atk.combo_box_type())) return nullptr;  // a wxChoice is a GtkComboBoxText
    struct Search {
        const Atk& atk;
        void* found = nullptr;
        static void Visit(void* child, void* data) {
            auto& search = *static_cast<Search*>(data);
            if (search.found) return;
            if (IsA(child, "GtkToggleButton")) search.found = child;
            else if (search.atk.is_a(child, search.atk.container_type())) search.atk.container_forall(child, &Visit, data);
        }
    } search{atk};
    atk.container_forall(widget, &Search::Visit, &search);
    return search.found;
}

}  // namespace

void SetAccessibleName(wxWindow& window, const wxString& name) {
    if (void* object = AccessibleOf(window)) Functions().set_name(object, name.utf8_str());
}

void SetAccessibleDescription(wxWindow& window, const wxString& description) {
    if (void* object = AccessibleOf(window)) Functions().set_description(object, description.utf8_str());
}

void ForgetGuessedLabels(wxWindow& container) {
    for (wxWindow* child : container.GetChildren()) {
        if (void* widget = child->GetHandle(); widget && Functions().Ready() && IsA(widget, "GtkLabel"))
            Functions().set_mnemonic_widget(widget, nullptr);
        ForgetGuessedLabels(*child);
    }
}

void SetLabelledBy(wxWindow& window, wxWindow& label) {
    void* object = AccessibleOf(window);
    void* target = AccessibleOf(label);
    if (!object || !target) return;
    if (void* text = label.GetHandle(); IsA(text, "GtkLabel")) Functions().set_mnemonic_widget(text, WidgetOf(window));
    ReplaceRelation(object, "labelled-by", {target});
    ReplaceRelation(target, "label-for", {object});
    if (void* widget = WidgetOf(window))
        if (void* button = InnerButton(widget)) {
            void* inner = Functions().widget_accessible(button);
            ReplaceRelation(inner, "labelled-by", {target});
            Functions().set_name(inner, label.GetLabel().utf8_str());
        }
}

void SetDescribedBy(wxWindow& window, wxWindow& description) {
    void* object = AccessibleOf(window);
    void* target = AccessibleOf(description);
    if (!object || !target) return;
    ReplaceRelation(object, "described-by", {target});
    ReplaceRelation(target, "description-for", {object});
    // A text that describes a control is not also its label (GTK guesses so for a label just before it).
    ReplaceRelation(target, "label-for", {});
}

void SetRadioGroup(const std::vector<wxWindow*>& members) {
    std::vector<void*> objects;
    for (wxWindow* member : members)
        if (void* object = AccessibleOf(*member)) objects.push_back(object);
    // GTK's radio buttons work out their group once it is complete; this replaces it (the group
    // must not change afterwards, or GTK works it out again).
    for (void* object : objects) ReplaceRelation(object, "member-of", objects);
}

void HideFromAssistiveTechnology(wxWindow& window) {
    void* object = AccessibleOf(window);
    if (!object) return;
    const Atk& atk = Functions();
    if (const int role = atk.role_for_name("redundant object"); role != 0) atk.set_role(object, role);
    atk.set_name(object, "");
    ReplaceRelation(object, "member-of", {});
}

void SetStatusBarText(wxWindow& bar, const wxString& text) {
    void* object = AccessibleOf(bar);
    if (!object) return;
    const Atk& atk = Functions();
    if (const int role = atk.role_for_name("statusbar"); role != 0) atk.set_role(object, role);  // ATK's spelling
    atk.set_name(object, text.utf8_str());
}

wxString UnseenMarkup(const wxString& markup) { return wxS("<span size=\"1\">") + markup + wxS("</span>"); }

void AnnouncePolitely(wxWindow& window, const wxString& text) {
    const Atk& atk = Functions();
    void* object = AccessibleOf(Announcer(window));
    const int showing = atk.state_for_name ? atk.state_for_name("showing") : 0;
    if (!object || !atk.notify_state_change || showing == 0) return;
    atk.set_name(object, text.utf8_str());
    atk.notify_state_change(object, showing, 1);
}

}  // namespace c5::gui
