package org.regionalhealth.drugs.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * A knowledge base whose every index is built up front into immutable hash maps: class ancestry per generic,
 * interaction candidates per generic, names after normalisation, herb pairs in both orders. Nothing is computed
 * lazily, so concurrent readers need no synchronisation (final fields, immutable collections).
 */
final class IndexedSnapshot implements KnowledgeSnapshot {

    private static final Comparator<Interaction> MOST_SEVERE_FIRST =
            Comparator.comparing(Interaction::severity).thenComparing(Interaction::id);

    private final KnowledgeBaseVersion version;
    private final List<Generic> generics;
    private final Map<String, Generic> genericsById;
    private final Map<String, Generic> genericsByName;
    private final List<DrugClass> classes;
    private final Map<String, DrugClass> classesByCode;
    private final Map<String, Set<String>> classClosureByGeneric;
    private final Map<String, List<Generic>> membersByClass;
    private final List<Interaction> interactions;
    private final Map<String, List<Interaction>> interactionsByGeneric;
    private final List<PatentMedicine> patentMedicines;
    private final Map<String, PatentMedicine> patentMedicinesByName;
    private final Map<String, List<PatentMedicine>> patentMedicinesByIngredient;
    private final List<TcmHerb> herbs;
    private final Map<String, TcmHerb> herbsByName;
    private final List<TcmIncompatibility> tcmIncompatibilities;
    private final Map<String, List<TcmIncompatibility>> tcmIncompatibilitiesByPair;
    private final List<Source> sources;
    private final Map<String, Source> sourcesById;

    IndexedSnapshot(
            KnowledgeBaseVersion version,
            List<DrugClass> classes,
            List<Generic> generics,
            List<Interaction> interactions,
            List<PatentMedicine> patentMedicines,
            List<TcmHerb> herbs,
            List<TcmIncompatibility> tcmIncompatibilities,
            List<Source> sources) {
        this.version = version;
        this.classes = List.copyOf(classes);
        this.generics = List.copyOf(generics);
        this.interactions = List.copyOf(interactions);
        this.patentMedicines = List.copyOf(patentMedicines);
        this.herbs = List.copyOf(herbs);
        this.tcmIncompatibilities = List.copyOf(tcmIncompatibilities);
        this.sources = List.copyOf(sources);

        this.classesByCode = byKey(classes, DrugClass::code);
        this.genericsById = byKey(generics, Generic::id);
        this.sourcesById = byKey(sources, Source::id);

        this.genericsByName = nameIndex(
                generics, "generic", Generic::id, g -> names(g.id(), g.nameZh(), g.nameEn(), g.pinyin(), g.aliases()));
        this.patentMedicinesByName = nameIndex(
                patentMedicines,
                "patent medicine",
                PatentMedicine::id,
                p -> names(p.id(), p.nameZh(), null, p.pinyin(), p.aliases()));
        this.herbsByName =
                nameIndex(herbs, "herb", TcmHerb::id, h -> names(h.id(), h.nameZh(), null, h.pinyin(), h.aliases()));

        Map<String, Set<String>> closures = new HashMap<>();
        Map<String, List<Generic>> members = new HashMap<>();
        for (Generic generic : generics) {
            Set<String> closure = new LinkedHashSet<>();
            for (String code : generic.classes()) {
                for (String c = code; c != null; c = classesByCode.get(c).parent()) {
                    closure.add(c);
                }
            }
            closures.put(generic.id(), Set.copyOf(closure));
            closure.forEach(
                    c -> members.computeIfAbsent(c, k -> new ArrayList<>()).add(generic));
        }
        this.classClosureByGeneric = Map.copyOf(closures);
        this.membersByClass = freeze(members);

        // An interaction is a candidate for a generic when either side names the generic or one of its classes.
        Map<String, List<Interaction>> byParty = new HashMap<>();
        for (Interaction interaction : interactions) {
            byParty.computeIfAbsent(partyKey(interaction.a()), k -> new ArrayList<>())
                    .add(interaction);
            if (!partyKey(interaction.b()).equals(partyKey(interaction.a()))) {
                byParty.computeIfAbsent(partyKey(interaction.b()), k -> new ArrayList<>())
                        .add(interaction);
            }
        }
        Map<String, List<Interaction>> byGeneric = new HashMap<>();
        for (Generic generic : generics) {
            Set<Interaction> candidates = new LinkedHashSet<>(byParty.getOrDefault("d:" + generic.id(), List.of()));
            for (String code : classClosureByGeneric.get(generic.id())) {
                candidates.addAll(byParty.getOrDefault("c:" + code, List.of()));
            }
            if (!candidates.isEmpty()) {
                byGeneric.put(generic.id(), List.copyOf(candidates));
            }
        }
        this.interactionsByGeneric = Map.copyOf(byGeneric);

        Map<String, List<PatentMedicine>> byIngredient = new HashMap<>();
        for (PatentMedicine medicine : patentMedicines) {
            medicine.westernIngredients().stream()
                    .map(PatentMedicine.WesternIngredient::drug)
                    .distinct()
                    .forEach(drug -> byIngredient
                            .computeIfAbsent(drug, k -> new ArrayList<>())
                            .add(medicine));
        }
        this.patentMedicinesByIngredient = freeze(byIngredient);

        Map<String, List<TcmIncompatibility>> byPair = new HashMap<>();
        for (TcmIncompatibility rule : tcmIncompatibilities) {
            for (String a : rule.a()) {
                for (String b : rule.b()) {
                    addPair(byPair, a + "|" + b, rule);
                    addPair(byPair, b + "|" + a, rule);
                }
            }
        }
        this.tcmIncompatibilitiesByPair = freeze(byPair);
    }

    private static void addPair(Map<String, List<TcmIncompatibility>> byPair, String key, TcmIncompatibility rule) {
        List<TcmIncompatibility> rules = byPair.computeIfAbsent(key, k -> new ArrayList<>());
        if (!rules.contains(rule)) {
            rules.add(rule);
        }
    }

    private static String partyKey(Interaction.Party party) {
        return party.drug() != null ? "d:" + party.drug() : "c:" + party.drugClass();
    }

    private static <T> Map<String, T> byKey(List<T> entries, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        entries.forEach(e -> map.put(key.apply(e), e));
        return Map.copyOf(map);
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
        Map<String, List<T>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }

    private static List<String> names(String id, String nameZh, String nameEn, String pinyin, List<String> aliases) {
        List<String> names = new ArrayList<>(List.of(id, nameZh, pinyin));
        if (nameEn != null) {
            names.add(nameEn);
        }
        names.addAll(aliases);
        return names;
    }

    /** Two entries answering to one name would make lookups depend on load order: a load error. */
    private static <T> Map<String, T> nameIndex(
            List<T> entries, String kind, Function<T, String> id, Function<T, List<String>> names) {
        Map<String, T> index = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (T entry : entries) {
            for (String name : names.apply(entry)) {
                String key = DrugNames.key(name);
                if (key.isEmpty()) {
                    continue;
                }
                T previous = index.putIfAbsent(key, entry);
                if (previous != null && previous != entry) {
                    clashes.add(kind + " name '" + name + "' denotes both " + id.apply(previous) + " and "
                            + id.apply(entry));
                }
            }
        }
        if (!clashes.isEmpty()) {
            throw new InvalidKnowledgeBaseException(String.join("\n", clashes));
        }
        return Map.copyOf(index);
    }

    @Override
    public KnowledgeBaseVersion version() {
        return version;
    }

    @Override
    public Collection<Generic> generics() {
        return generics;
    }

    @Override
    public Optional<Generic> generic(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(genericsById.get(id));
    }

    @Override
    public Optional<Generic> findGeneric(String anyName) {
        for (String key : DrugNames.candidates(anyName)) {
            Generic found = genericsByName.get(key);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    @Override
    public Collection<DrugClass> classes() {
        return classes;
    }

    @Override
    public Optional<DrugClass> drugClass(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(classesByCode.get(code));
    }

    @Override
    public boolean isA(String genericId, String classCode) {
        return classCodesOf(genericId).contains(classCode);
    }

    @Override
    public Set<String> classCodesOf(String genericId) {
        return genericId == null ? Set.of() : classClosureByGeneric.getOrDefault(genericId, Set.of());
    }

    @Override
    public List<Generic> membersOf(String classCode) {
        return classCode == null ? List.of() : membersByClass.getOrDefault(classCode, List.of());
    }

    @Override
    public List<Interaction> interactions() {
        return interactions;
    }

    @Override
    public List<Interaction> interactionsBetween(String genericA, String genericB) {
        if (genericA == null || genericB == null) {
            return List.of();
        }
        List<Interaction> found = new ArrayList<>(2);
        for (Interaction interaction : interactionsByGeneric.getOrDefault(genericA, List.of())) {
            boolean forward = matches(interaction.a(), genericA) && matches(interaction.b(), genericB);
            boolean backward = matches(interaction.a(), genericB) && matches(interaction.b(), genericA);
            if (forward || backward) {
                found.add(interaction);
            }
        }
        found.sort(MOST_SEVERE_FIRST);
        return found;
    }

    private boolean matches(Interaction.Party party, String genericId) {
        return party.drug() != null ? party.drug().equals(genericId) : isA(genericId, party.drugClass());
    }

    @Override
    public Collection<PatentMedicine> patentMedicines() {
        return patentMedicines;
    }

    @Override
    public Optional<PatentMedicine> findPatentMedicine(String anyName) {
        return Optional.ofNullable(patentMedicinesByName.get(DrugNames.key(anyName)));
    }

    @Override
    public List<PatentMedicine> patentMedicinesContaining(String genericId) {
        return genericId == null ? List.of() : patentMedicinesByIngredient.getOrDefault(genericId, List.of());
    }

    @Override
    public Collection<TcmHerb> herbs() {
        return herbs;
    }

    @Override
    public Optional<TcmHerb> findHerb(String anyName) {
        return Optional.ofNullable(herbsByName.get(DrugNames.key(anyName)));
    }

    @Override
    public List<TcmIncompatibility> tcmIncompatibilities() {
        return tcmIncompatibilities;
    }

    @Override
    public List<TcmIncompatibility> incompatibilitiesBetween(String herbA, String herbB) {
        if (herbA == null || herbB == null) {
            return List.of();
        }
        return tcmIncompatibilitiesByPair.getOrDefault(herbA + "|" + herbB, List.of());
    }

    @Override
    public Collection<Source> sources() {
        return sources;
    }

    @Override
    public Optional<Source> source(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(sourcesById.get(id));
    }
}
