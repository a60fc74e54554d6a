/**
 * Names that stand for the same organisation across acronyms and languages, for duplicate
 * suggestions ("UNICEF" and "United Nations Children's Fund"; "OIM" and "IOM"). Each group lists
 * equivalent names; matching compares letters and digits only, case and accents ignored.
 */

export const EQUIVALENT_NAMES: readonly (readonly string[])[] = [
  ['UNICEF', "United Nations Children's Fund", "Fonds des Nations Unies pour l'enfance"],
  ['UNHCR', 'ACNUR', 'HCR', 'Office of the United Nations High Commissioner for Refugees', 'UN Refugee Agency'],
  ['WFP', 'PAM', 'World Food Programme', 'Programme alimentaire mondial'],
  ['WHO', 'OMS', 'World Health Organization', 'Organisation mondiale de la Santé', 'Organización Mundial de la Salud'],
  ['IOM', 'OIM', 'OIM / IOM', 'International Organization for Migration'],
  ['FAO', 'Food and Agriculture Organization'],
  ['UNDP', 'PNUD', 'United Nations Development Programme'],
  ['UNFPA', 'United Nations Population Fund'],
  ['UNESCO', 'United Nations Educational, Scientific and Cultural Organization'],
  ['UN Women', 'UNWOMEN', 'United Nations Entity for Gender Equality and the Empowerment of Women'],
  ['UNHABITAT', 'UN-Habitat', 'United Nations Human Settlements Programme'],
  ['OCHA', 'Office for the Coordination of Humanitarian Affairs'],
  ['OHCHR', 'Office of the United Nations High Commissioner for Human Rights'],
  ['ICRC', 'CICR', 'International Committee of the Red Cross'],
  ['IFRC', 'International Federation of Red Cross and Red Crescent Societies'],
  ['MSF', 'Médecins Sans Frontières', 'Doctors Without Borders'],
  ['NRC', 'Norwegian Refugee Council'],
  ['IRC', 'International Rescue Committee'],
  ['DRC', 'Danish Refugee Council'],
  ['LWF', 'Lutheran World Federation'],
  ['GIZ', 'Deutsche Gesellschaft für Internationale Zusammenarbeit'],
  ['JICA', 'Japan International Cooperation Agency'],
  ['WVI', 'World Vision', 'World Vision International'],
  ['SC', 'Save the Children'],
  ['HI', 'Handicap International', 'Humanity & Inclusion'],
  ['MDM', 'MdM', 'Médecins du Monde'],
  ['JRS', 'Jesuit Refugee Service'],
  ['CRS', 'Catholic Relief Services'],
  ['IMC', 'International Medical Corps'],
  ['ACF', 'Action contre la Faim', 'Action Against Hunger'],
  ['OGB', 'Oxfam GB', 'Oxfam-GB'],
  ['EU', 'European Union'],
  ['WB', 'World Bank'],
  ['IMF', 'International Monetary Fund'],
];
