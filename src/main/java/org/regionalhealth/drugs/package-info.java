/**
 * Drugs and knowledge base (药品知识库): the cited, versioned facts about generics (通用名), drug classes,
 * interactions, Chinese patent medicines with Western ingredients, decoction pieces (饮片) and their 十八反/十九畏
 * pairs, that prescription screening (issue 3) and the drug-information service (issue 8) share.
 *
 * <p>The facts are data under {@code drugs/kb/} (format: {@code docs/knowledge-base.md}); every entry names its
 * sources because 《医疗机构处方审核规范》 (国卫办医发〔2018〕14号) requires built-in review rules to be approved
 * locally and to cite a clinical source. {@link org.regionalhealth.drugs.DrugKnowledge} serves an immutable
 * {@link org.regionalhealth.drugs.KnowledgeSnapshot} that screening reads without locks, and swaps it atomically on
 * {@link org.regionalhealth.drugs.DrugKnowledge#reload()}.
 */
@ApplicationModule(displayName = "药品与知识库 Drugs")
package org.regionalhealth.drugs;

import org.springframework.modulith.ApplicationModule;
