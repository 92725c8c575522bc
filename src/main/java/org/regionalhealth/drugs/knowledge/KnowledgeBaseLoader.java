package org.regionalhealth.drugs.knowledge;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.regionalhealth.drugs.DrugClass;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.Interaction;
import org.regionalhealth.drugs.InvalidKnowledgeBaseException;
import org.regionalhealth.drugs.KnowledgeBaseVersion;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.drugs.PatentMedicine;
import org.regionalhealth.drugs.Source;
import org.regionalhealth.drugs.TcmHerb;
import org.regionalhealth.drugs.TcmIncompatibility;

/**
 * Reads a whole knowledge base (layout: docs/knowledge-base.md) and checks it before anything is served: every
 * reference must resolve (class, parent class, generic, source, herb), no id may repeat, the class hierarchy may not
 * loop. All problems are collected and reported together, so one load shows a data author everything to fix.
 */
public final class KnowledgeBaseLoader {

    /** Where the bundled knowledge base lives on the classpath. */
    public static final String CLASSPATH_ROOT = "drugs/kb";

    private static final int MAX_REPORTED_PROBLEMS = 60;

    private final Clock clock;

    public KnowledgeBaseLoader() {
        this(Clock.systemUTC());
    }

    public KnowledgeBaseLoader(Clock clock) {
        this.clock = clock;
    }

    public KnowledgeSnapshot fromClasspath() {
        return fromClasspath(CLASSPATH_ROOT);
    }

    /** A knowledge base at another classpath root (test fixtures). */
    public KnowledgeSnapshot fromClasspath(String root) {
        return load(KnowledgeBaseFiles.classpath(root));
    }

    public KnowledgeSnapshot fromDirectory(Path directory) {
        return load(KnowledgeBaseFiles.directory(directory));
    }

    private KnowledgeSnapshot load(KnowledgeBaseFiles files) {
        YamlEntry versionEntry = YamlEntry.of(files.file("kb-version.yaml").root(), "kb-version.yaml")
                .allow(Set.of("version", "released", "note"));
        KnowledgeBaseVersion version = new KnowledgeBaseVersion(
                versionEntry.requiredString("version"), versionEntry.date("released"), files.origin(), clock.instant());

        List<DrugClass> classes = entries(files, "classes", EntryReaders::drugClass);
        List<Source> sources = entries(files, "sources", EntryReaders::source);
        List<Generic> generics = entries(files, "generics", EntryReaders::generic);
        List<Interaction> interactions = entries(files, "interactions", EntryReaders::interaction);
        List<PatentMedicine> patentMedicines = entries(files, "patent-medicines", EntryReaders::patentMedicine);
        List<TcmHerb> herbs = new ArrayList<>();
        List<TcmIncompatibility> tcmIncompatibilities = new ArrayList<>();
        for (KnowledgeBaseFiles.Document document : files.folder("tcm")) {
            // tcm/ holds two kinds of entry; a 十八反/十九畏 rule is the one with a 'kind'
            for (YamlEntry entry : list(document)) {
                if (entry.has("kind")) {
                    tcmIncompatibilities.add(EntryReaders.tcmIncompatibility(entry));
                } else {
                    herbs.add(EntryReaders.herb(entry));
                }
            }
        }

        List<String> problems = new ArrayList<>();
        duplicates(classes, DrugClass::code, "class", problems);
        duplicates(sources, Source::id, "source", problems);
        duplicates(generics, Generic::id, "generic", problems);
        duplicates(interactions, Interaction::id, "interaction", problems);
        duplicates(patentMedicines, PatentMedicine::id, "patent medicine", problems);
        duplicates(herbs, TcmHerb::id, "herb", problems);
        duplicates(tcmIncompatibilities, TcmIncompatibility::id, "tcm incompatibility", problems);

        Map<String, DrugClass> classByCode = new HashMap<>();
        classes.forEach(c -> classByCode.put(c.code(), c));
        Set<String> sourceIds = ids(sources, Source::id);
        Set<String> genericIds = ids(generics, Generic::id);
        Set<String> herbIds = ids(herbs, TcmHerb::id);

        checkHierarchy(classes, classByCode, problems);
        for (DrugClass c : classes) {
            c.source().forEach(s -> exists(sourceIds, s, "class " + c.code() + ": source", problems));
        }
        for (Generic g : generics) {
            String where = "generic " + g.id();
            g.classes().forEach(c -> exists(classByCode.keySet(), c, where + ": class", problems));
            g.source().forEach(s -> exists(sourceIds, s, where + ": source", problems));
            g.diseases()
                    .forEach(d -> d.source().forEach(s -> exists(sourceIds, s, where + ": disease source", problems)));
            g.ingredients().forEach(i -> exists(genericIds, i.drug(), where + ": ingredient", problems));
            if (g.iv() != null) {
                g.iv().incompatible().forEach(i -> {
                    if (!classByCode.containsKey(i.with()) && !genericIds.contains(i.with())) {
                        problems.add(where + ": iv incompatibility with unknown class or generic '" + i.with() + "'");
                    }
                });
            }
        }
        Set<String> routes = new java.util.HashSet<>();
        generics.forEach(g -> g.forms().forEach(f -> routes.add(f.route())));
        for (Interaction i : interactions) {
            String where = "interaction " + i.id();
            for (Interaction.Party party : List.of(i.a(), i.b())) {
                // a misspelt route would silently drop the interaction for every line
                party.routes().forEach(r -> exists(routes, r, where + ": route", problems));
                if (party.drug() != null) {
                    exists(genericIds, party.drug(), where + ": drug", problems);
                } else {
                    exists(classByCode.keySet(), party.drugClass(), where + ": class", problems);
                }
            }
            i.source().forEach(s -> exists(sourceIds, s, where + ": source", problems));
        }
        for (PatentMedicine p : patentMedicines) {
            String where = "patent medicine " + p.id();
            p.westernIngredients().forEach(w -> exists(genericIds, w.drug(), where + ": ingredient", problems));
            p.source().forEach(s -> exists(sourceIds, s, where + ": source", problems));
        }
        for (TcmHerb h : herbs) {
            h.source().forEach(s -> exists(sourceIds, s, "herb " + h.id() + ": source", problems));
        }
        for (TcmIncompatibility t : tcmIncompatibilities) {
            String where = "tcm incompatibility " + t.id();
            t.a().forEach(h -> exists(herbIds, h, where + ": herb", problems));
            t.b().forEach(h -> exists(herbIds, h, where + ": herb", problems));
            t.source().forEach(s -> exists(sourceIds, s, where + ": source", problems));
        }
        if (!problems.isEmpty()) {
            List<String> shown = problems.subList(0, Math.min(problems.size(), MAX_REPORTED_PROBLEMS));
            throw new InvalidKnowledgeBaseException(files.origin() + ": " + problems.size()
                    + " problem(s) in the drug knowledge base:\n  " + String.join("\n  ", shown));
        }
        return new IndexedSnapshot(
                version, classes, generics, interactions, patentMedicines, herbs, tcmIncompatibilities, sources);
    }

    private static <T> List<T> entries(KnowledgeBaseFiles files, String folder, Function<YamlEntry, T> reader) {
        List<T> result = new ArrayList<>();
        for (KnowledgeBaseFiles.Document document : files.folder(folder)) {
            for (YamlEntry entry : list(document)) {
                result.add(reader.apply(entry));
            }
        }
        return result;
    }

    private static List<YamlEntry> list(KnowledgeBaseFiles.Document document) {
        if (document.root() == null) {
            return List.of();
        }
        if (!(document.root() instanceof List<?> items)) {
            throw new InvalidKnowledgeBaseException(document.name() + ": expected a list of entries");
        }
        List<YamlEntry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String where = document.name() + "[" + i + "]";
            if (item instanceof Map<?, ?> map) {
                Object id = map.get("id") != null ? map.get("id") : map.get("code");
                if (id != null) {
                    where = document.name() + " " + id;
                }
            }
            entries.add(YamlEntry.of(item, where));
        }
        return entries;
    }

    private static <T> void duplicates(List<T> entries, Function<T, String> id, String kind, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (T entry : entries) {
            if (!seen.add(id.apply(entry))) {
                problems.add("duplicate " + kind + " id '" + id.apply(entry) + "'");
            }
        }
    }

    private static <T> Set<String> ids(List<T> entries, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        entries.forEach(e -> ids.add(id.apply(e)));
        return ids;
    }

    private static void exists(Set<String> known, String reference, String what, List<String> problems) {
        if (!known.contains(reference)) {
            problems.add(what + " '" + reference + "' does not exist");
        }
    }

    private static void checkHierarchy(List<DrugClass> classes, Map<String, DrugClass> byCode, List<String> problems) {
        for (DrugClass drugClass : classes) {
            if (drugClass.parent() != null && !byCode.containsKey(drugClass.parent())) {
                problems.add("class " + drugClass.code() + ": parent '" + drugClass.parent() + "' does not exist");
                continue;
            }
            Set<String> path = new HashSet<>();
            for (DrugClass c = drugClass; c != null; c = c.parent() == null ? null : byCode.get(c.parent())) {
                if (!path.add(c.code())) {
                    problems.add("class " + drugClass.code() + ": its parents form a loop");
                    break;
                }
            }
        }
    }
}
