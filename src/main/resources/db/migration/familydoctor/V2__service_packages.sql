-- The service packages of the demo district (illustrative fees; shape after 国卫基层发〔2018〕35号 and Zhejiang's
-- basic package: insurance + public-health fund + resident). Follow-ups are promised only by the chronic package.
insert into familydoctor_service_package values
    ('BASIC', '基础服务包', 'BASIC', 120.00, 80.00, 40.00, 0.00,
     '家庭医生签约服务管理规范（试行）（国卫基层发〔2018〕35号）基础性签约服务'),
    ('CHRONIC', '慢病管理个性化服务包', 'PERSONALISED', 200.00, 120.00, 40.00, 40.00,
     '国家基本公共卫生服务规范（第三版）高血压/2型糖尿病患者健康管理 + 个性化签约服务'),
    ('ELDERLY', '老年人健康管理个性化服务包', 'PERSONALISED', 180.00, 100.00, 40.00, 40.00,
     '国家基本公共卫生服务规范（第三版）老年人健康管理 + 个性化签约服务');
insert into familydoctor_package_item values
    ('BASIC', 'HEALTH_ASSESSMENT', 1),
    ('BASIC', 'HEALTH_EDUCATION', 1),
    ('CHRONIC', 'HEALTH_ASSESSMENT', 1),
    ('CHRONIC', 'FOLLOW_UP', 4),
    ('CHRONIC', 'LONG_PRESCRIPTION', 1),
    ('ELDERLY', 'HEALTH_ASSESSMENT', 1),
    ('ELDERLY', 'HOME_VISIT', 1),
    ('ELDERLY', 'HEALTH_EDUCATION', 1);
