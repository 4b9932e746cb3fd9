/** Sample cited works shared by the citation tests: real records, so expected outputs can be checked by eye. */

/** Schmidt et al. 2016, Nature: the first crystal structure of the human sigma-1 receptor. */
export const SCHMIDT_2016 = {
  type: 'article-journal',
  title: 'Crystal structure of the human σ1 receptor',
  author: [{ family: 'Schmidt', given: 'Hayden R.' }, { family: 'Kruse', given: 'Andrew C.' }],
  'container-title': 'Nature',
  issued: { 'date-parts': [[2016, 4, 28]] },
  volume: '532',
  page: '527-530',
  DOI: '10.1038/nature17391',
  PMID: '27042935',
};
