package org.regionalhealth.drugs;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One immutable, fully indexed version of the knowledge base. Every lookup is a hash-map read and class ancestry is
 * precomputed, so screening threads may share a snapshot without locks; hold on to one snapshot for a whole
 * prescription so that all its findings cite the same {@link #version()}.
 */
public interface KnowledgeSnapshot {

    KnowledgeBaseVersion version();

    /** All generics. */
    Collection<Generic> generics();

    /** The generic with this id. */
    Optional<Generic> generic(String id);

    /**
     * The generic a name denotes: id, Chinese name, English name, pinyin, alias or brand, or a product name with a
     * dosage-form suffix, salt or bracketed specification (e.g. {@code 盐酸二甲双胍缓释片(0.5g)}, {@code 注射用头孢曲松钠}).
     */
    Optional<Generic> findGeneric(String anyName);

    /** All classes. */
    Collection<DrugClass> classes();

    Optional<DrugClass> drugClass(String code);

    /** Whether the generic belongs to the class directly or through any ancestor. */
    boolean isA(String genericId, String classCode);

    /** The generic's classes with all their ancestors; empty for an unknown generic. */
    Set<String> classCodesOf(String genericId);

    /** Generics that belong to the class directly or through a descendant class. */
    List<Generic> membersOf(String classCode);

    /** All interaction entries. */
    List<Interaction> interactions();

    /**
     * Interactions between two generics, in either order, matching drug–drug, drug–class and class–class entries
     * (class through ancestry). Most severe first.
     */
    List<Interaction> interactionsBetween(String genericA, String genericB);

    Collection<PatentMedicine> patentMedicines();

    /** A patent medicine by id, name, pinyin or alias. */
    Optional<PatentMedicine> findPatentMedicine(String anyName);

    /** Patent medicines that contain this generic as a Western ingredient. */
    List<PatentMedicine> patentMedicinesContaining(String genericId);

    Collection<TcmHerb> herbs();

    /** A decoction piece by id, name, pinyin or alias. */
    Optional<TcmHerb> findHerb(String anyName);

    List<TcmIncompatibility> tcmIncompatibilities();

    /** 十八反/十九畏 rules that forbid these two herbs together, in either order. */
    List<TcmIncompatibility> incompatibilitiesBetween(String herbA, String herbB);

    Collection<Source> sources();

    Optional<Source> source(String id);
}
